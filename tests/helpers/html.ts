import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** Parses a built page of the site: `page(siteDir, 'articles/x/index.html')`. */
export function page(siteDir: string, path: string) {
  const html = readFileSync(join(siteDir, path), 'utf8');
  return { html, document: parseHTML(html).document };
}

/** Text content with runs of whitespace collapsed, as a reader sees it. */
export const textOf = (node: { textContent: string | null } | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The text of running prose: without what the marks add to it, the claim numbers (<sup>), the
 * verdicts, the screen-reader-only descriptions and each sentence's link and copy button.
 */
export function proseOf(node: { cloneNode(deep: boolean): unknown } | null | undefined): string {
  if (!node) return '';
  const copy = node.cloneNode(true) as { querySelectorAll(s: string): Iterable<{ remove(): void }>; textContent: string | null };
  for (const extra of copy.querySelectorAll('sup.claim-number, .sr-only, .claim-verdict, .sentence-link, .sentence-copy')) extra.remove();
  return textOf(copy);
}
