/**
 * The few parts of Pagefind's browser API this site uses (https://pagefind.app/docs/api/),
 * loaded at run time from /pagefind/pagefind.js (Arabic pages) or /en/pagefind/pagefind.js
 * (English pages): never bundled, never from another origin.
 */
export interface PagefindResultData {
  url: string;
  /** Text with the matched words wrapped in <mark>; built into DOM nodes by hand, never innerHTML. */
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
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
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // The index of the page's own language (scripts/build.ts writes one per language).
    // (Built at run time: the bundler must not try to resolve it.)
    const url = `${document.documentElement.lang === 'en' ? '/en' : ''}/pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
