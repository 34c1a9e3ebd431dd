/** Every file of a built site with its bytes (base64), by path: equal snapshots mean equal sites. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort()
      .map((f) => [f.slice(dir.length), readFileSync(f).toString('base64')]),
  );
