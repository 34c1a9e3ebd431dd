/**
 * The HTML of a claim page stays under 30 KB and of an article page under 60 KB at any archive
 * size (issue 17; docs/performance.md). `largestPages` finds the heaviest of each kind in a built
 * site: `npm run bench:weight` prints them, tests/site/page-weight.test.ts asserts the limits.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PAGE_LIMITS = { claim: 30 * 1024, article: 60 * 1024 } as const;

/**
 * The most of a page's HTML bytes its class attributes may take: long utility lists repeated on
 * every page were a quarter of the site's HTML (named component classes in src/styles/global.css
 * since). The heaviest of the test sites: claim pages 21 % before, 13.1 % after; articles 26 %, 22.3 %.
 */
export const CLASS_SHARE_LIMITS = { claim: 0.14, article: 0.23 } as const;

/** The share of an HTML text's bytes that its class attributes (` class="…"`) take. */
export function classShare(html: string): number {
  let bytes = 0;
  for (const m of html.matchAll(/ class="[^"]*"/g)) bytes += Buffer.byteLength(m[0]);
  return bytes / Buffer.byteLength(html);
}

export interface PageSize {
  file: string;
  kind: keyof typeof PAGE_LIMITS;
  bytes: number;
}

/** Every claim and article page of a built site (both languages; not the list pages), with its HTML's size. */
export function claimAndArticlePages(siteDir: string): PageSize[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /^(en\/)?(claims|articles)\/[^/]+\/index\.html$/.test(f) && !f.includes('/page/'))
    .map((file) => ({ file, kind: file.includes('claims/') ? 'claim' : 'article', bytes: statSync(join(siteDir, file)).size }));
}

/** The heaviest page of each kind, and how many pages pass their limit. */
export function largestPages(siteDir: string) {
  const pages = claimAndArticlePages(siteDir);
  return (['claim', 'article'] as const).map((kind) => {
    const ofKind = pages.filter((p) => p.kind === kind);
    const largest = ofKind.reduce<PageSize | undefined>((max, p) => (!max || p.bytes > max.bytes ? p : max), undefined);
    return { kind, pages: ofKind.length, largest, over: ofKind.filter((p) => p.bytes >= PAGE_LIMITS[kind]).length, limit: PAGE_LIMITS[kind] };
  });
}
