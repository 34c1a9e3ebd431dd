/**
 * The field names a zod schema accepts at a path, and the one closest to a misspelt key, so
 * that "verdcit:" gets "did you mean verdict?". Reads zod 4's schema definitions.
 */
import { editDistance } from './text/edit-distance.ts';
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  element?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  in?: { _zod: { def: Def } };
  out?: { _zod: { def: Def } };
}

/** Unwraps optional, default, nullable and pipes down to an object, array or leaf. */
function unwrap(def: Def): Def {
  let d = def;
  for (let i = 0; i < 10; i++) {
    if (d.innerType) d = d.innerType._zod.def;
    else if (d.type === 'pipe' && d.out) d = d.out._zod.def.type === 'transform' && d.in ? d.in._zod.def : d.out._zod.def;
    else return d;
  }
  return d;
}

export function keysAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let def = unwrap((schema as unknown as { _zod: { def: Def } })._zod.def);
  for (const step of path) {
    if (def.type === 'array' && def.element && typeof step === 'number') def = unwrap(def.element._zod.def);
    else if (def.type === 'object' && def.shape && typeof step === 'string' && def.shape[step]) def = unwrap(def.shape[step]._zod.def);
    else return [];
  }
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** The known key nearest to `key`, when it is close enough to be a typo (at most 2 edits, or a third of the word). */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const ranked = known.map((k) => ({ k, distance: editDistance(key.toLowerCase(), k.toLowerCase()) })).sort((a, b) => a.distance - b.distance);
  const best = ranked[0];
  return best && best.distance <= Math.max(2, Math.floor(best.k.length / 3)) ? best.k : undefined;
}
