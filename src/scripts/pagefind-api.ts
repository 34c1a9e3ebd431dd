/**
 * The few parts of Pagefind's browser API this site uses (https://pagefind.app/docs/api/),
 * loaded at run time from /pagefind/pagefind.js, the one index of both interface languages:
 * never bundled, never from another origin. The indexes of other shards of the archive, when
 * the build names any (docs/performance.md, "Sharding"), are merged in (`mergeIndex`).
 */
export interface PagefindSubResult {
  /** The page's URL, with `#<heading id>` when the match is under a heading with an id. */
  url: string;
  excerpt: string;
  anchor?: { element: string; id?: string; text?: string };
  locations: number[];
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}
export interface PagefindResultData {
  url: string;
  /** Text with the matched words wrapped in <mark>; built into DOM nodes by hand, never innerHTML. */
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string | null,
    options?: { filters?: Record<string, string | string[]>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch: (term: string, options?: object, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  mergeIndex: (url: string, options?: Record<string, unknown>) => Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // (A variable: the bundler must not try to resolve it.)
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    for (const shard of otherShards()) await pagefind.mergeIndex(shard);
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/** The index URLs of the archive's other shards, written into the search page by the build. */
function otherShards(): string[] {
  const data = document.querySelector('#search-shards')?.textContent;
  return data ? (JSON.parse(data) as string[]) : [];
}
