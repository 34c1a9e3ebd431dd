/**
 * Lists that grow with the archive (home, claims, fact-checks, people, a person's claims) are
 * cut into pages by Astro's `paginate()`. Page 1 keeps the list's own address; page 2 on is
 * `<list>/page/2/`, so no published address changes. The route's last segment is `[...page]`.
 */
import type { Page, PaginateFunction } from 'astro';

/**
 * Items per page. CLAIMS_PAGE_SIZE sets another size for a build (the pagination test builds
 * the seeds with pages of three so that every kind of list has a second page).
 */
export const PAGE_SIZE = Number(process.env.CLAIMS_PAGE_SIZE) || 20;

/**
 * `/claims/2` → `/claims/page/2/`: the address paginate() makes, with the word that says what
 * the number is, and the trailing slash of every address of the site.
 */
const withPageWord = (url: string) => url.replace(/\/(\d+)\/?$/, '/page/$1').replace(/\/?$/, '/');

/** paginate() over `data` for one set of route params, each page at the addresses above. */
export function paginatePages<T, P extends Record<string, string | undefined>, X extends Record<string, unknown>>(
  paginate: PaginateFunction,
  data: readonly T[],
  params: P,
  props?: X,
) {
  return paginate([...data], { pageSize: PAGE_SIZE, params, ...(props && { props }), format: withPageWord }).map((path) => ({
    ...path,
    params: { ...params, page: path.params.page === undefined ? undefined : `page/${path.params.page}` },
    props: path.props as { page: Page<T> } & X,
  }));
}

/** The address of page `n` of the list whose first page is at `first`. */
export const pageUrl = (first: string, n: number): string => (n === 1 ? first : `${first.replace(/\/?$/, '/')}page/${n}/`);
