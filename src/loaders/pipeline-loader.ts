/**
 * Astro content loader of the `pipeline` collection: runs the pipeline (src/lib/pipeline.ts) on
 * seeds/ and content/ (one run per build, shared with the build script and the pages, which read
 * its result through src/loaders/site-data.ts) and stores one entry saying which run it is.
 * Seed problems normally stop `npm run build` before Astro starts (scripts/build.ts); this
 * loader reports them too, for `astro dev` and `astro build` run by hand.
 *
 * In `astro dev` a watcher re-runs the pipeline once when a seed or content file is added,
 * changed or removed; the new entry tells Astro the data changed, and pages read the new run.
 */
import { sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import { cachedPipeline, clearPipelineCache, pipelineRuns, type PipelineResult } from '../lib/pipeline.ts';
import { formatProblem } from '../lib/problems.ts';
import { processGlobal } from '../lib/process-global.ts';
import { pipelineSettings } from '../lib/settings.ts';
import { sitePipeline } from './site-data.ts';

/** The one entry of the `pipeline` collection. */
export const pipelineRunSchema = z.object({ run: z.number(), articles: z.number(), claims: z.number() });
type Logger = LoaderContext['logger'];
type Watcher = NonNullable<LoaderContext['watcher']>;

/** The pipeline's result for this build; a real run (not a shared one) is logged with its problems. */
function pipelineResult(logger: Logger): PipelineResult {
  const before = pipelineRuns();
  const result = cachedPipeline(pipelineSettings());
  if (pipelineRuns() > before) {
    // tests/site/dev-server.test.ts counts these lines.
    logger.info(`pipeline run ${pipelineRuns()}: ${result.articles.length} articles, ${result.claims.length} claims`);
    for (const p of result.problems) {
      if (p.severity === 'error') logger.error(formatProblem(p));
      else logger.warn(formatProblem(p));
    }
  }
  // The same result, or the same error, as the pages get.
  return sitePipeline();
}

type Fill = (result: PipelineResult) => Promise<void>;

/**
 * The dev watcher, one per process: kept on globalThis because Astro may load this module
 * again (a config change) while the Vite watcher, and the handler on it, stay.
 */
interface DevWatch {
  watcher?: Watcher;
  /** The current refill of the collection (a new `load` replaces it). */
  fill?: Fill;
  timer?: ReturnType<typeof setTimeout>;
}
const devWatch = (): DevWatch => processGlobal<DevWatch>('dev-watch', () => ({}));

// An editor's save can touch several files at once (a seed and its sidecar): one run for all.
const SETTLE_MS = 100;

function watchSeedsAndContent(watcher: Watcher, logger: Logger): void {
  const state = devWatch();
  if (state.watcher === watcher) return;
  state.watcher = watcher;
  const { seedsDir, contentDir } = pipelineSettings();
  const inside = (path: string) => [seedsDir, contentDir].some((dir) => path === dir || path.startsWith(dir + sep));
  const rerun = async () => {
    clearPipelineCache();
    try {
      const result = pipelineResult(logger);
      await state.fill?.(result);
    } catch (error) {
      logger.error(error instanceof Error ? error.message : String(error));
    }
  };
  watcher.add([seedsDir, contentDir]);
  watcher.on('all', (event, path) => {
    if (!['add', 'change', 'unlink'].includes(event) || !inside(path)) return;
    clearTimeout(state.timer);
    state.timer = setTimeout(rerun, SETTLE_MS);
  });
}

export function pipelineLoader(): Loader {
  return {
    name: 'claims-pipeline',
    load: async ({ store, parseData, logger, watcher, generateDigest }) => {
      const fill: Fill = async (result) => {
        store.clear();
        const run = { run: pipelineRuns(), articles: result.articles.length, claims: result.claims.length };
        const data = await parseData({ id: 'run', data: run });
        store.set({ id: 'run', data, digest: generateDigest(data) });
      };
      // Watch first: when the first run fails, fixing the seed runs it again.
      devWatch().fill = fill;
      if (watcher) watchSeedsAndContent(watcher, logger);
      await fill(pipelineResult(logger));
    },
  };
}
