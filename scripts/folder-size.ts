import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Total size in bytes of every file under `dir`. */
export function folderSize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}
