/**
 * The search page: Pagefind's API, Arabic query variants, filters and order kept in the URL
 * (/search/?q=…&kind=…) so a search can be shared and reloaded. Results are built as DOM
 * nodes; the excerpt's <mark> tags are the only markup taken from the index. Every result is
 * reachable: a batch at a time, "more results" loading the next.
 */
import { queryVariants, searchQuery } from '../lib/search/query.ts';
import { loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind-api.ts';

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const shown = document.querySelector<HTMLElement>('#search-shown')!;
// The header's search box shows the query too (it is the same search, from any page).
const headerBox = document.querySelector<HTMLInputElement>('#header-q');
const text = JSON.parse(document.querySelector('#search-strings')!.textContent ?? '{}') as Record<string, string>;
const BATCH = 20;

const say = (key: string, values: Record<string, string | number> = {}) => (text[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** Restores the form from the URL. */
function fromUrl(): void {
  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  if (headerBox) headerBox.value = input.value;
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

/** The label a filter's <select> gives a value (type, kind, article title): the page's own words, in its language. */
function optionLabel(filter: string, value: string | undefined): string | undefined {
  if (!value) return undefined;
  const option = [...form.querySelectorAll<HTMLOptionElement>(`select[name="${filter}"] option`)].find((o) => o.value === value);
  return option?.textContent ?? undefined;
}

/** The verdict badge of a reviewed claim, cloned from the page's own (rendered like everywhere else). */
function verdictBadge(verdict: string | undefined): Node | undefined {
  const template = [...document.querySelectorAll<HTMLTemplateElement>('template[data-verdict-badge]')].find((t) => t.dataset['verdictBadge'] === verdict);
  return template?.content.firstElementChild?.cloneNode(true);
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'rounded-lg border border-stone-200 bg-white p-3';
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'text-lg font-semibold';
  link.textContent = data.meta['title'] ?? data.url;
  markScript(link);
  const first = (name: string) => data.filters[name]?.[0];
  // Each value isolated (<bdi>): Arabic names and titles inside an English line, or the
  // reverse, keep their order and the separators between them stay where they belong.
  const meta = document.createElement('p');
  meta.className = 'text-sm text-stone-700';
  const type = first('type');
  const values = [
    optionLabel('type', type),
    optionLabel('kind', first('kind')),
    data.meta['speaker'],
    type === 'claim' ? optionLabel('article', first('article')) : undefined,
  ].filter((v): v is string => Boolean(v));
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
  li.append(link, meta);
  const badge = verdictBadge(first('verdict'));
  if (badge) {
    const line = document.createElement('p');
    line.className = 'mt-1';
    line.append(badge);
    li.append(line);
  }
  li.append(excerpt);
  return li;
}

/** An exact search (Pagefind's quoted form) finds a page only when the index holds the word's stem. */
async function known(word: string): Promise<boolean> {
  const pagefind = await loadPagefind();
  const found = await pagefind.search(`"${word}"`);
  return (found?.results.length ?? 0) > 0;
}

let latest = 0;
let results: PagefindResult[] = [];

/** Shows the next batch of results; the "more" button stays while any is left. */
async function showMore(ticket: number, focusFirst: boolean): Promise<void> {
  const start = list.children.length;
  const data = await Promise.all(results.slice(start, start + BATCH).map((r) => r.data()));
  if (ticket !== latest) return; // a newer search has started
  const items = data.map(resultItem);
  list.append(...items);
  const left = results.length - list.children.length;
  more.hidden = left <= 0;
  shown.textContent = results.length > BATCH ? say('search.shown', { shown: list.children.length, count: results.length }) : '';
  // After "more", the reader goes on from the first new result.
  if (focusFirst) items[0]?.querySelector('a')?.focus();
}

async function run(): Promise<void> {
  const ticket = ++latest;
  const query = input.value.trim();
  const filters: Record<string, string> = {};
  for (const s of selects) if (s.value) filters[s.dataset['filter']!] = s.value;
  if (!searchQuery(query) && Object.keys(filters).length === 0) {
    results = [];
    list.replaceChildren();
    more.hidden = true;
    shown.textContent = '';
    status.textContent = say('search.empty');
    return;
  }
  status.textContent = say('search.loading');
  const pagefind = await loadPagefind();
  const options = { filters, ...(sort.value === 'newest' && { sort: { date: 'desc' as const } }) };
  // A query with a word the index does not know has no variants, and no results.
  const variants: (string | null)[] = searchQuery(query) ? await queryVariants(query, known) : [null];
  // Each variant's results in turn, without repeats: the exact query ranks first.
  const seen = new Set<string>();
  const found: PagefindResult[] = [];
  for (const variant of variants) {
    const response = await pagefind.search(variant, options);
    for (const r of response?.results ?? []) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      found.push(r);
    }
  }
  // Pages that hold a variant as a whole phrase come first (Pagefind's quoted search), each
  // group in Pagefind's order: a claim quoting the words ranks above a page that scatters them.
  const phrases = variants.filter((v): v is string => Boolean(v?.includes(' ')));
  const holders = new Set<string>();
  for (const phrase of phrases) for (const r of (await pagefind.search(`"${phrase}"`, options))?.results ?? []) holders.add(r.id);
  if (ticket !== latest) return;
  results = [...found.filter((r) => holders.has(r.id)), ...found.filter((r) => !holders.has(r.id))];
  list.replaceChildren();
  await showMore(ticket, false);
  if (ticket !== latest) return;
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
input.addEventListener('input', () => {
  if (headerBox) headerBox.value = input.value;
  schedule();
});
more.addEventListener('click', () => void showMore(latest, true));
for (const s of [...selects, sort]) s.addEventListener('change', schedule);

fromUrl();
void run();
