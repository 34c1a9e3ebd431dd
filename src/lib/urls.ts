/** Site URLs in one place, so pages, tests and later the exports agree on them. */
export const articleUrl = (id: string): string => `/articles/${id}/`;
export const claimUrl = (id: string): string => `/claims/${id}/`;
export const personUrl = (id: string): string => `/people/${id}/`;
/** The claim's place in its article page. */
export const claimInArticleUrl = (articleId: string, claimId: string): string => `${articleUrl(articleId)}#claim-${claimId}`;
