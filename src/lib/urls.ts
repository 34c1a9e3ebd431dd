/** Site URLs in one place, so pages, exports, feeds, tests and scripts agree on them. */
export const articleUrl = (id: string): string => `/articles/${id}/`;
export const claimUrl = (id: string): string => `/claims/${id}/`;
/**
 * Whether a claim has a full page in the English interface too. Every claim has its Arabic page;
 * only reviewed ones (few, and the ones shared and cited) have an English one as well. The English
 * address of any other claim is a redirect page to the Arabic one: one page per claim keeps an
 * archive of thousands of articles within what a static host takes (docs/performance.md).
 */
export const claimHasEnglishPage = (claim: { review?: unknown }): boolean => Boolean(claim.review);
/** The claim's page as a link from a page in `lang`: its English page only when it has one. */
export const claimPageUrl = (claim: { id: string; review?: unknown }, lang: 'ar' | 'en'): string =>
  lang === 'en' && claimHasEnglishPage(claim) ? `/en${claimUrl(claim.id)}` : claimUrl(claim.id);
/** One reviewed claim as JSON (docs/data.md); every claim is in its article's JSON. */
export const claimJsonUrl = (id: string): string => `/claims/${id}.json`;
/** One article's claims as JSON, in the format of /data/claims.json (docs/data.md). */
export const articleJsonUrl = (id: string): string => `/articles/${id}.json`;
export const personUrl = (id: string): string => `/people/${id}/`;
/** The claim's place in its article page. */
export const claimInArticleUrl = (articleId: string, claimId: string): string => `${articleUrl(articleId)}#claim-${claimId}`;
/** `path` made absolute on the site whose root is `site` (`https://example.org/`). */
export const absoluteUrl = (path: string, site: string): string => new URL(path, site).href;
/** Every report of a claim and every opposing view, when a claim page cannot show them all (src/lib/link/link-groups.ts). */
export const groupUrl = (groupId: string): string => `/reports/${groupId}/`;
