/** Site URLs in one place, so pages, exports, feeds, tests and scripts agree on them. */
export const articleUrl = (id: string): string => `/articles/${id}/`;
export const claimUrl = (id: string): string => `/claims/${id}/`;
/** One claim as JSON (docs/data.md). */
export const claimJsonUrl = (id: string): string => `/claims/${id}.json`;
export const personUrl = (id: string): string => `/people/${id}/`;
/** The claim's place in its article page. */
export const claimInArticleUrl = (articleId: string, claimId: string): string => `${articleUrl(articleId)}#claim-${claimId}`;
/** `path` made absolute on the site whose root is `site` (`https://example.org/`). */
export const absoluteUrl = (path: string, site: string): string => new URL(path, site).href;
/** Every report of a claim and every opposing view, when a claim page cannot show them all (src/lib/link/link-groups.ts). */
export const groupUrl = (groupId: string): string => `/reports/${groupId}/`;
