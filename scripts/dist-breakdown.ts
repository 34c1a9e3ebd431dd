/**
 * Files and bytes of a built site by kind, for the bench's per-article figures: article pages,
 * claim pages (with the claim lists under claims/), redirect pages (a meta refresh, the English address of an unreviewed claim),
 * JSON, the Pagefind index, social cards (og/) and the rest.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const KINDS = ['article pages', 'claim pages', 'redirects', 'JSON', 'pagefind', 'og', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export type Breakdown = Record<Kind, { files: number; bytes: number }>;

/** A redirect page is small: only small HTML files are read to tell. */
const REDIRECT_MAX_BYTES = 4096;

function kindOf(path: string, bytes: number, read: () => string): Kind {
  if (/^(en\/)?pagefind\//.test(path)) return 'pagefind';
  if (path.startsWith('og/')) return 'og';
  if (path.endsWith('.json')) return 'JSON';
  if (!path.endsWith('.html')) return 'other';
  if (bytes <= REDIRECT_MAX_BYTES && /<meta[^>]+http-equiv="?refresh/i.test(read())) return 'redirects';
  if (/^(en\/)?articles\//.test(path)) return 'article pages';
  if (/^(en\/)?claims\//.test(path)) return 'claim pages';
  return 'other';
}

export function distBreakdown(dir: string): Breakdown {
  const out = Object.fromEntries(KINDS.map((k) => [k, { files: 0, bytes: 0 }])) as Breakdown;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const bytes = statSync(file).size;
    const kind = kindOf(relative(dir, file), bytes, () => readFileSync(file, 'utf8'));
    out[kind].files++;
    out[kind].bytes += bytes;
  }
  return out;
}
