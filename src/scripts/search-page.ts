/**
 * The search page: Pagefind's API, Arabic query variants, filters and order kept in the URL
 * (/search/?q=…&kind=…) so a search can be shared and reloaded. Results are built as DOM
 * nodes; the excerpt's <mark> tags are the only markup taken from the index.
 */
import { queryVariants } from '../lib/search/query.ts';
import { loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind-api.ts';

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const text = JSON.parse(document.querySelector('#search-strings')!.textContent ?? '{}') as Record<string, string>;
const MAX_RESULTS = 20;

const say = (key: string, values: Record<string, string | number> = {}) => (text[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** Restores the form from the URL. */
function fromUrl(): void {
  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  for (const s of selects) s.value = params.get(s.name) ?? '';
  sort.value = params.get('sort') ?? '';
  // Show the filters when a shared link sets any.
  if (selects.some((s) => s.value) || sort.value) form.querySelector('details')?.setAttribute('open', '');
}

/** Writes the form into the URL without adding a history entry per keystroke. */
function toUrl(): void {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const s of selects) if (s.value) params.set(s.name, s.value);
  if (sort.value) params.set('sort', sort.value);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

/** The excerpt as text and <mark> nodes only. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (s: string) => new DOMParser().parseFromString(`<!doctype html><body>${s}`, 'text/html').body.textContent ?? '';
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).map((part) => {
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (!marked) return document.createTextNode(decode(part.replace(/<[^>]*>/g, '')));
    const mark = document.createElement('mark');
    mark.textContent = decode(marked[1]!.replace(/<[^>]*>/g, ''));
    return mark;
  });
}

/** Text in Arabic script inside a page in another language is marked as Arabic. */
function markScript(el: HTMLElement): void {
  if (document.documentElement.lang !== 'ar' && /[\u0600-\u06FF]/.test(el.textContent ?? '')) {
    el.lang = 'ar';
    el.dir = 'auto';
  }
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'rounded-lg border border-stone-200 bg-white p-3';
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'text-lg font-semibold';
  link.textContent = data.meta['title'] ?? data.url;
  markScript(link);
  // Each value isolated (<bdi>): Arabic names and titles inside an English line, or the
  // reverse, keep their order and the separators between them stay where they belong.
  const meta = document.createElement('p');
  meta.className = 'text-sm text-stone-700';
  const values = [data.meta['type'], data.meta['kind'], data.meta['verdict'], data.meta['speaker'], data.meta['article']].filter((v): v is string =>
    Boolean(v),
  );
  values.forEach((value, i) => {
    const part = document.createElement('bdi');
    part.textContent = value;
    markScript(part);
    meta.append(...(i > 0 ? [' · ', part] : [part]));
  });
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-1 search-excerpt';
  excerpt.lang = 'ar';
  excerpt.dir = 'auto';
  excerpt.append(...excerptNodes(data.excerpt));
  li.append(link, meta, excerpt);
  return li;
}

let latest = 0;
async function run(): Promise<void> {
  const ticket = ++latest;
  const variants = queryVariants(input.value);
  const filters: Record<string, string> = {};
  for (const s of selects) if (s.value) filters[s.dataset['filter']!] = s.value;
  if (variants.length === 0 && Object.keys(filters).length === 0) {
    list.replaceChildren();
    status.textContent = say('search.empty');
    return;
  }
  status.textContent = say('search.loading');
  const pagefind = await loadPagefind();
  const options = { filters, ...(sort.value === 'newest' && { sort: { date: 'desc' as const } }) };
  // Each variant's results in turn, without repeats: the exact query ranks first.
  const seen = new Set<string>();
  const results: PagefindResult[] = [];
  for (const variant of variants.length ? variants : [null]) {
    const found = await pagefind.search(variant, options);
    for (const r of found?.results ?? []) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      results.push(r);
    }
  }
  const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
  if (ticket !== latest) return; // a newer search has started
  list.replaceChildren(...data.map(resultItem));
  const query = input.value.trim();
  status.textContent = results.length ? say('search.count', { count: results.length, query }) : say('search.none', { query });
}

let timer: ReturnType<typeof setTimeout> | undefined;
const schedule = () => {
  toUrl();
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 150);
};

form.addEventListener('submit', (event) => {
  event.preventDefault();
  toUrl();
  void run();
});
input.addEventListener('input', schedule);
for (const s of [...selects, sort]) s.addEventListener('change', schedule);

fromUrl();
void run();
