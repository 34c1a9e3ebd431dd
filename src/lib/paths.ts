import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder (where package.json is). */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Where `claims data` writes the pipeline's output for inspection. */
export const dataDir = (): string => resolve(PROJECT_ROOT, process.env.CLAIMS_DATA_DIR ?? '.claims');

/** The articles; the build and the tests may point elsewhere with CLAIMS_SEEDS_DIR. */
export const defaultSeedsDir = (): string => resolve(PROJECT_ROOT, process.env.CLAIMS_SEEDS_DIR ?? 'seeds');

/** Editorial content; CLAIMS_CONTENT_DIR points elsewhere. */
export const defaultContentDir = (): string => resolve(PROJECT_ROOT, process.env.CLAIMS_CONTENT_DIR ?? 'content');
