/**
 * The one place the pipeline's settings are assembled (seeds, content, ledger, caches, what was
 * published before), for the build, the Astro loader (dev and build) and every `claims`
 * command: `check`, `review` and `extract` see exactly what the site publishes.
 *
 * Flags (`--seeds`, `--content`, `--ledger`, `--out`) win over the environment, which wins over
 * the defaults. The build passes its result on to Astro's loader through the environment
 * (`settingsEnv`), so both run the pipeline with the same settings, once.
 *   CLAIMS_SEEDS_DIR, CLAIMS_CONTENT_DIR, CLAIMS_LEDGER   the folders and the ledger file
 *   CLAIMS_CACHE=0, CLAIMS_CACHE_DIR                      no extraction cache, or where it is
 *   CLAIMS_PUBLISHED_DIR                                  the output whose claim pages must stay
 *   CLAIMS_RETIRE=<id,id…>                                published ids retired on purpose
 */
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from './paths.ts';

export interface SettingsFlags {
  seeds?: string | undefined;
  content?: string | undefined;
  ledger?: string | undefined;
  /** The build's output folder (the final one, not the temporary folder it builds into). */
  out?: string | undefined;
}

/** Options of runPipeline (src/lib/pipeline.ts), which this shared module may not import. */
export interface PipelineSettings {
  seedsDir: string;
  contentDir: string;
  root: string;
  ledgerFile: string;
  cacheDir?: string;
  /** What the ledger is compared with (src/lib/ledger/ledger-guard.ts). */
  ledgerGuard: { publishedDir?: string; retire: string[] };
}

type Env = Record<string, string | undefined>;

export function pipelineSettings(flags: SettingsFlags = {}, env: Env = process.env): PipelineSettings {
  // Flags are relative to the working folder, variables to the project.
  const seedsDir = flags.seeds ? resolve(flags.seeds) : resolve(PROJECT_ROOT, env.CLAIMS_SEEDS_DIR ?? 'seeds');
  const contentDir = flags.content ? resolve(flags.content) : resolve(PROJECT_ROOT, env.CLAIMS_CONTENT_DIR ?? 'content');
  const out = flags.out ? resolve(flags.out) : undefined;
  // The project's ledger, extraction cache and dist/ belong to the project's seeds: a build of
  // other seeds (tests, benchmarks) keeps its own beside its output, or none.
  const siteSeeds = seedsDir === resolve(PROJECT_ROOT, 'seeds');
  const ledgerFile = flags.ledger
    ? resolve(flags.ledger)
    : (env.CLAIMS_LEDGER ?? (flags.seeds && out ? `${out}.claims.lock.json` : join(contentDir, 'claims.lock.json')));
  const cacheDir =
    env.CLAIMS_CACHE === '0'
      ? undefined
      : (env.CLAIMS_CACHE_DIR ?? (flags.seeds && out ? `${out}-extract-cache` : siteSeeds ? join(PROJECT_ROOT, '.cache', 'extract') : undefined));
  // dist/ was built from the site's ledger: only that ledger is compared with it, unless a build names its output.
  const siteLedger = ledgerFile === join(PROJECT_ROOT, 'content', 'claims.lock.json');
  const publishedDir = env.CLAIMS_PUBLISHED_DIR ?? out ?? (siteSeeds && siteLedger ? join(PROJECT_ROOT, 'dist') : undefined);
  const retire = (env.CLAIMS_RETIRE ?? '').split(/[\s,]+/).filter(Boolean);
  return {
    seedsDir,
    contentDir,
    root: PROJECT_ROOT,
    ledgerFile,
    ...(cacheDir && { cacheDir }),
    ledgerGuard: { ...(publishedDir && { publishedDir }), retire },
  };
}

/** The environment that makes `pipelineSettings()` in another module graph (Astro's) give `settings`. */
export function settingsEnv(settings: PipelineSettings): Env {
  return {
    CLAIMS_SEEDS_DIR: settings.seedsDir,
    CLAIMS_CONTENT_DIR: settings.contentDir,
    CLAIMS_LEDGER: settings.ledgerFile,
    ...(settings.cacheDir ? { CLAIMS_CACHE_DIR: settings.cacheDir } : { CLAIMS_CACHE: '0' }),
    ...(settings.ledgerGuard.publishedDir && { CLAIMS_PUBLISHED_DIR: settings.ledgerGuard.publishedDir }),
    CLAIMS_RETIRE: settings.ledgerGuard.retire.join(','),
  };
}
