/**
 * The whole pipeline, seeds → data the site loads. Today it is one stage (ingest);
 * extract, link and merge join here as they land. No Astro import: the CLI, the build
 * script and the tests call this same function.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFolder } from './ingest/index.ts';
import type { Problem } from './problems.ts';
import type { Article } from './schemas/article.ts';

export interface PipelineResult {
  articles: Article[];
  problems: Problem[];
}

export function runPipeline(options: { seedsDir: string; root?: string }): PipelineResult {
  return ingestFolder(options.seedsDir, options.root);
}

/** File names inside the data folder; `src/content.config.ts` reads the same names. */
export const DATA_FILES = { articles: 'articles.json' } as const;

/** Writes what the site needs into `dataDir` (created if missing). */
export function writeSiteData(dataDir: string, result: PipelineResult): void {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, DATA_FILES.articles), `${JSON.stringify(result.articles, null, 1)}\n`);
}
