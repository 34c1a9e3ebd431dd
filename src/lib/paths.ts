import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's root folder (where this project's package.json is). Found by walking up from
 * this file, because Astro may run it from a bundled copy elsewhere; the working directory
 * is the fallback.
 */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && /"name":\s*"claims-site"/.test(readFileSync(manifest, 'utf8'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export const PROJECT_ROOT = process.env.CLAIMS_ROOT ?? findRoot();

/** Where `claims data` writes the pipeline's output for inspection. */
export const dataDir = (): string => resolve(PROJECT_ROOT, process.env.CLAIMS_DATA_DIR ?? '.claims');
