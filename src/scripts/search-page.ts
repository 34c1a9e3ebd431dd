/**
 * The search page: Pagefind's API, Arabic query variants, filters and order kept in the URL
 * (/search/?q=…&kind=…) so a search can be shared and reloaded. Results are built as DOM
 * nodes; the excerpt's <mark> tags are the only markup taken from the index. Every result is
 * reachable: a batch at a time, "more results" loading the next.
 */
import { queryVariants, searchQuery } from '../lib/search/query.ts';
import { type ClaimHit, claimHit, pageUrl, type UiLang } from '../lib/search/result-urls.ts';
import { loadPagefind, type PagefindResult, type PagefindResultData, type PagefindSubResult } from './pagefind-api.ts';

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
// Results shown at a time (the list's data-batch, 20).
const BATCH = Number(list.dataset['batch']) || 20;

const say = (key: string, values: Record<string, string | number> = {}) => (text[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** Restores the form from the URL. */
function fromUrl(): void {
  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  if (headerBox) headerBox.value = input.value;
  for (const s of selects) {
    const value = params.get(s.name) ?? '';
    // A speaker, article or outlet the shortened menu does not list: added, so the filter holds.
    if (value && ![...s.options].some((o) => o.value === value)) s.add(new Option(value, value));
    s.value = value;
  }
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

/** `text` as text and <mark> nodes, marking the words the excerpt marks. */
function markedWords(text: string, excerpt: string): Node[] {
  const marked = new Set(excerptNodes(excerpt).flatMap((n) => (n.nodeName === 'MARK' ? [n.textContent ?? ''] : [])));
  return text.split(/(\s+)/).map((word) => {
    if (!marked.has(word)) return document.createTextNode(word);
    const mark = document.createElement('mark');
    mark.textContent = word;
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

/** One line of "label · label · …", each value isolated (<bdi>) so Arabic and English keep their order. */
function metaLine(values: (string | undefined)[]): HTMLParagraphElement {
  const meta = document.createElement('p');
  meta.className = 'text-sm text-stone-700';
  values
    .filter((v): v is string => Boolean(v))
    .forEach((value, i) => {
      const part = document.createElement('bdi');
      part.textContent = value;
      markScript(part);
      meta.append(...(i > 0 ? [' · ', part] : [part]));
    });
  return meta;
}

function excerptLine(excerpt: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'mt-1 search-excerpt';
  p.lang = 'ar';
  p.dir = 'auto';
  p.append(...excerptNodes(excerpt));
  return p;
}

/** A result's link: `data-result` for a page of the index, `data-subresult` for a claim found in an article. */
function resultLink(href: string, title: string, sub: boolean): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = href;
  link.className = sub ? 'font-semibold' : 'text-lg font-semibold';
  link.dataset[sub ? 'subresult' : 'result'] = '';
  link.textContent = title;
  markScript(link);
  return link;
}

const lang: UiLang = document.documentElement.lang === 'en' ? 'en' : 'ar';
const filterValue = (name: string) => selects.find((s) => s.name === name)?.value ?? '';
/** A filter on claims (type, kind, verdict, speaker) shows an article's matching claims, not the article. */
const claimFilter = () => filterValue('type') === 'claim' || ['kind', 'verdict', 'speaker'].some((f) => filterValue(f));

/** The unreviewed claims found in an article (its sub-results), best match first, narrowed by the claim filters. */
function claimHits(data: PagefindResultData): { hit: ClaimHit; sub: PagefindSubResult }[] {
  if (filterValue('type') === 'article' || filterValue('type') === 'person') return [];
  const score = (sub: PagefindSubResult) => sub.weighted_locations?.reduce((sum, l) => sum + l.balanced_score, 0) ?? sub.locations.length;
  return data.sub_results
    .map((sub) => ({ hit: claimHit(sub.anchor?.id), sub }))
    .filter((c): c is { hit: ClaimHit; sub: PagefindSubResult } => Boolean(c.hit))
    .filter(({ hit }) => (!filterValue('kind') || hit.kind === filterValue('kind')) && (!filterValue('speaker') || hit.speaker === filterValue('speaker')))
    .sort((a, b) => score(b.sub) - score(a.sub));
}

/** A result of the index, or nothing when the claim filters leave nothing of it to show. */
function resultItem(data: PagefindResultData): HTMLLIElement | undefined {
  const li = document.createElement('li');
  li.className = 'rounded-lg border border-stone-200 bg-white p-3';
  const first = (name: string) => data.filters[name]?.[0];
  const type = data.filters['type']?.includes('article') ? 'article' : first('type');
  const title = data.meta['title'] ?? data.url;
  const claims = type === 'article' ? claimHits(data) : [];
  // With a claim filter, an article shows only its matching claims; with filters and no words,
  // Pagefind gives no sections (no sub-results), so the article holding such claims is shown.
  if (type !== 'article' || !claimFilter() || !searchQuery(input.value.trim())) {
    li.append(
      resultLink(pageUrl(data.url, lang), title, false),
      metaLine([
        optionLabel('type', type),
        // An article's kinds are those of its claims: shown with each claim, not with it.
        type === 'claim' ? optionLabel('kind', first('kind')) : undefined,
        data.meta['speaker'],
        type === 'claim' ? optionLabel('article', first('article')) : undefined,
      ]),
    );
    const badge = verdictBadge(first('verdict'));
    if (badge) {
      const line = document.createElement('p');
      line.className = 'mt-1';
      line.append(badge);
      li.append(line);
    }
    li.append(excerptLine(data.excerpt));
  }
  if (claims.length > 0) {
    // The claims of the article that hold the words, each leading to its own page.
    const sublist = document.createElement('ul');
    sublist.className = 'mt-2 space-y-2 border-s-4 border-stone-200 ps-3';
    for (const { hit, sub } of claims) {
      const item = document.createElement('li');
      const link = resultLink(hit.url, '', true);
      // The claim's words in full (its heading), the matched ones marked as in an excerpt:
      // the excerpt itself would only repeat them.
      link.append(...markedWords(sub.anchor?.text ?? hit.id, sub.excerpt));
      item.append(
        link,
        metaLine([
          optionLabel('type', 'claim'),
          optionLabel('kind', hit.kind),
          optionLabel('speaker', hit.speaker),
          optionLabel('verdict', 'unreviewed'),
          // Under its article the claim needs no article title; alone (a claim filter), it does.
          claimFilter() ? title : undefined,
        ]),
      );
      sublist.append(item);
    }
    li.append(sublist);
  }
  return li.childElementCount > 0 ? li : undefined;
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
  const items = data.map(resultItem).filter((li): li is HTMLLIElement => Boolean(li));
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
  // A claim filter keeps only the articles where a matching claim holds the words: that takes
  // every result's data (Pagefind filters pages, not their sections), fetched once and kept.
  if (claimFilter()) {
    const data = await Promise.all(results.map((r) => r.data()));
    if (ticket !== latest) return;
    results = results.map((r, i) => ({ id: r.id, data: () => Promise.resolve(data[i]!) })).filter((_, i) => resultItem(data[i]!) !== undefined);
  }
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
