/**
 * Pages the sitemap leaves out: the English addresses of claims that only have their Arabic page
 * (src/lib/urls.ts) are redirects, not pages to index. Filled by scripts/build.ts from the
 * pipeline's claims and read by the sitemap's filter in astro.config.mjs, in the same process.
 */
import { processGlobal } from './process-global.ts';
import { claimHasEnglishPage, claimUrl } from './urls.ts';

const skipped = () => processGlobal('sitemap-skip', () => new Set<string>());

export function skipInSitemap(claims: readonly { id: string; review?: unknown }[]): void {
  for (const claim of claims) if (!claimHasEnglishPage(claim)) skipped().add(`/en${claimUrl(claim.id)}`);
}

/** Whether the page at this absolute URL belongs in the sitemap. */
export const inSitemap = (page: string): boolean => !/\/404\/$/.test(page) && !skipped().has(new URL(page).pathname);
