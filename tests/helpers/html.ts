import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** Parses a built page of the site: `page(siteDir, 'articles/x/index.html')`. */
export function page(siteDir: string, path: string) {
  const html = readFileSync(join(siteDir, path), 'utf8');
  return { html, document: parseHTML(html).document };
}

/** Text content with runs of whitespace collapsed, as a reader sees it. */
export const textOf = (node: { textContent: string | null } | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
