/**
 * Astro content loader: runs the pipeline (src/lib/pipeline.ts) on seeds/ and content/ and
 * fills one collection from its result. The three collections share one run per build.
 * Seed problems normally stop `npm run build` before Astro starts (scripts/build.ts); this
 * loader reports them too, for `astro dev` and `astro build` run by hand.
 */
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { cachedPipeline, clearPipelineCache, type PipelineResult } from '../lib/pipeline.ts';
import { formatProblem, hasErrors } from '../lib/problems.ts';
import { defaultContentDir, defaultSeedsDir, PROJECT_ROOT } from '../lib/paths.ts';

type Collection = 'articles' | 'claims' | 'people' | 'retired';

export const pipelineOptions = () => ({
  seedsDir: defaultSeedsDir(),
  contentDir: defaultContentDir(),
  root: PROJECT_ROOT,
  ledgerFile: process.env.CLAIMS_LEDGER ?? join(defaultContentDir(), 'claims.lock.json'),
  ...(process.env.CLAIMS_CACHE !== '0' && { cacheDir: join(PROJECT_ROOT, '.cache', 'extract') }),
});

export function pipelineLoader(collection: Collection): Loader {
  return {
    name: `claims-pipeline:${collection}`,
    load: async ({ store, parseData, logger, watcher, generateDigest }) => {
      const run = (): PipelineResult => {
        const result = cachedPipeline(pipelineOptions());
        for (const p of result.problems) {
          if (p.severity === 'error') logger.error(formatProblem(p));
          else logger.warn(formatProblem(p));
        }
        if (hasErrors(result.problems)) throw new Error('The seeds or content/ have errors (listed above); fix them and run again.');
        return result;
      };
      const fill = async (result: PipelineResult) => {
        store.clear();
        for (const item of result[collection]) {
          const data = await parseData({ id: item.id, data: item as unknown as Record<string, unknown> });
          store.set({ id: item.id, data, digest: generateDigest(data) });
        }
      };
      await fill(run());

      // In `astro dev`, an edit of a seed or of content/ re-runs the pipeline.
      const { seedsDir, contentDir } = pipelineOptions();
      watcher?.add([seedsDir, contentDir]);
      watcher?.on('change', async (path) => {
        if (!path.startsWith(seedsDir) && !path.startsWith(contentDir)) return;
        clearPipelineCache();
        try {
          await fill(run());
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
