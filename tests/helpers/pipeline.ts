import { join } from 'node:path';
import { runPipeline, type PipelineResult } from '../../src/lib/pipeline.ts';
import type { Claim } from '../../src/lib/schemas/claim.ts';
import { ROOT } from './seeds.ts';

/** The pipeline on the real seeds and content, once per test file. */
let cached: PipelineResult | undefined;
export const seedsPipeline = (): PipelineResult => (cached ??= runPipeline({ seedsDir: join(ROOT, 'seeds'), contentDir: join(ROOT, 'content'), root: ROOT }));

/** The one claim whose text contains `words` (fails loudly when none or several do). */
export function claimWith(claims: readonly Claim[], words: string): Claim {
  const found = claims.filter((c) => c.text.includes(words));
  if (found.length !== 1) throw new Error(`${found.length} claims contain «${words}»: ${found.map((c) => c.text.slice(0, 40)).join(' | ')}`);
  return found[0]!;
}
