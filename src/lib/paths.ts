import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder (where package.json is). */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Where the pipeline writes the site's data; the build and the tests may point it elsewhere. */
export const dataDir = (): string => resolve(PROJECT_ROOT, process.env.CLAIMS_DATA_DIR ?? '.claims');

export const defaultSeedsDir = (): string => resolve(PROJECT_ROOT, 'seeds');
