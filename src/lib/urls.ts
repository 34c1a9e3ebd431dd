/** Site URLs in one place, so pages, tests and later the exports agree on them. */
export const articleUrl = (id: string): string => `/articles/${id}/`;
