/**
 * Reads `seeds/<name>.yaml`. Errors name the file, the line of the field at fault and the fix.
 */
import { sidecarSchema, type Sidecar } from '../schemas/sidecar.ts';
import type { Problem } from '../problems.ts';
import { parseYamlWithSchema } from '../yaml-input.ts';

const FIELDS = Object.keys(sidecarSchema.unwrap().shape).join(', ');

export function parseSidecar(text: string, file: string): { meta: Sidecar; problems: Problem[] } {
  const result = parseYamlWithSchema(text, file, sidecarSchema, { fields: FIELDS, docs: 'docs/sidecar.md' });
  return { meta: result.data ?? {}, problems: result.problems };
}
