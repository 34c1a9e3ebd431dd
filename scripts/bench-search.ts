/**
 * Search figures for `npm run bench`: Pagefind's index size, the bytes and time of a first
 * query in a fresh browser, and, for comparison, the size of a single-file MiniSearch index
 * of the same pages. See docs/performance.md for what the figures mean.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import MiniSearch from 'minisearch';
import type { Browser } from 'playwright-core';
import { runPipeline } from '../src/lib/pipeline.ts';
import { searchRecords } from '../src/lib/search/index-records.ts';
import { launchChromium } from './chromium.ts';
import { folderSize } from './folder-size.ts';
import { serveFolder } from './static-server.ts';

/** The first query should stay under this at 1,000 and at 10,000 articles (issue 17; shared/design/performance.md had 300 KB). */
export const FIRST_QUERY_BUDGET = 250 * 1024;

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** `dist/pagefind/` (the one index of both languages) in total, its `*.pf_meta` (which every first search downloads), and its pages. */
export function pagefindSize(distDir: string): { total: number; meta: number; pages: number } {
  const dir = join(distDir, 'pagefind');
  const meta = readdirSync(dir)
    .filter((f) => f.endsWith('.pf_meta'))
    .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  return { total: folderSize(dir), meta, pages };
}

export interface QueryFigures {
  word: string;
  /** Bytes of response bodies under /pagefind/ during the first run's query. */
  bytes: number;
  /** Bodies under /pagefind/ fetched before the query (expected 0: Pagefind loads on the first query). */
  bytesBeforeQuery: number;
  requests: number;
  /** The same bytes by kind of file (pagefind.js, wasm, pf_meta, pf_index, pf_fragment, pf_filter). */
  byKind: Record<string, number>;
  /** From page.fill to the status line showing a count (or "no results"), each run. */
  times: number[];
  medianMs: number;
  status: string;
}

/** One fresh context: open /search/, type the word, wait for the count, sum Pagefind's bytes. */
async function firstQuery(browser: Browser, url: string, word: string) {
  // Service workers blocked: the site's worker precaches the whole index in the background
  // (its size is the build's "service worker" figure), which is not what a query costs.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  // Context level, not page level: Pagefind fetches its index from a Web Worker.
  let querying = false;
  const before: Promise<number>[] = [];
  const during: Promise<[string, number]>[] = [];
  context.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (!path.startsWith('/pagefind/')) return;
    const size = request.sizes().then((s) => s.responseBodySize);
    const kind = /\.(pf_\w+|pagefind|js|json)$/.exec(path)?.[1]?.replace('pagefind', 'wasm') ?? 'other';
    if (querying) during.push(size.then((n) => [kind, n]));
    else before.push(size);
  });
  const page = await context.newPage();
  await page.goto(`${url}/search/`, { waitUntil: 'load' });
  querying = true;
  const started = performance.now();
  await page.fill('#search-q', word);
  // A count line starts with the count; "no results" ends the wait too, so a miss is seen, not a timeout.
  await page.waitForFunction(
    (w) => {
      const text = document.querySelector('#search-status')?.textContent ?? '';
      return text.includes(w) && (/^\s*\d/.test(text) || document.querySelectorAll('#search-results li').length === 0);
    },
    word,
    { timeout: 60_000, polling: 'raf' },
  );
  const ms = performance.now() - started;
  const status = (await page.textContent('#search-status'))?.trim() ?? '';
  // requestfinished can trail the DOM update by a moment: let the last events in.
  await page.waitForTimeout(300);
  const byKind: Record<string, number> = {};
  for (const [kind, n] of await Promise.all(during)) byKind[kind] = (byKind[kind] ?? 0) + n;
  const bytes = Object.values(byKind).reduce((a, b) => a + b, 0);
  const bytesBeforeQuery = (await Promise.all(before)).reduce((a, b) => a + b, 0);
  const result = { ms, status, bytes, bytesBeforeQuery, byKind, requests: during.length };
  await context.close();
  return result;
}

/** Each word `runs` times, each run in a fresh context (a first visit: nothing cached). */
export async function measureSearch(distDir: string, words: string[], runs = 3): Promise<QueryFigures[]> {
  const { server, url } = await serveFolder(distDir, 0);
  const browser = await launchChromium();
  try {
    const figures: QueryFigures[] = [];
    for (const word of words) {
      const done = [];
      for (let i = 0; i < runs; i++) done.push(await firstQuery(browser, url, word));
      const times = done.map((d) => d.ms);
      figures.push({ word, ...done[0]!, times, medianMs: median(times) });
    }
    return figures;
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * The single-file alternative: one MiniSearch index of the records Pagefind is given
 * (src/lib/search/index-records.ts, from the pipeline's data of the same seeds and content):
 * each record's title (its `title` meta) and text, its search data (meta, filters, sort) left out.
 */
export function miniSearchSize(sources: { seedsDir: string; contentDir: string }): { pages: number; raw: number; gzip: number } {
  const mini = new MiniSearch({ fields: ['title', 'text'], storeFields: ['title'] });
  const records = searchRecords(runPipeline(sources));
  for (const record of records) {
    const { document } = parseHTML(record.content);
    const title = document.querySelector('[data-pagefind-meta^="title:"]')?.getAttribute('data-pagefind-meta')?.slice('title:'.length) ?? '';
    for (const el of document.querySelectorAll('[data-pagefind-meta], [data-pagefind-filter], [data-pagefind-sort]')) el.remove();
    mini.add({ id: record.url, title, text: document.body.textContent ?? '' });
  }
  const json = Buffer.from(JSON.stringify(mini));
  return { pages: records.length, raw: json.length, gzip: gzipSync(json).length };
}

/** Prints the search figures of one built site; `checkBudget` adds the first-query note. */
export async function reportSearch(
  label: string,
  distDir: string,
  sources: { seedsDir: string; contentDir: string },
  words: { common: string; rare: string },
  checkBudget = false,
) {
  const size = pagefindSize(distDir);
  console.log(`\n== search: ${label} ==`);
  console.log(`pagefind/: ${mb(size.total)} · pf_meta: ${kb(size.meta)} · ${size.pages} pages indexed (one index for both languages)`);
  const figures = await measureSearch(distDir, [words.common, words.rare]);
  for (const [kind, f] of [
    ['common', figures[0]!],
    ['rare', figures[1]!],
  ] as const) {
    console.log(
      `first query, ${kind} word «${f.word}»: ${kb(f.bytes)} in ${f.requests} requests under /pagefind/` +
        `${f.bytesBeforeQuery ? ` (+${kb(f.bytesBeforeQuery)} before typing)` : ''}` +
        ` [${Object.entries(f.byKind)
          .map(([k, n]) => `${k} ${kb(n)}`)
          .join(', ')}]` +
        ` · typing to results: median ${f.medianMs.toFixed(0)} ms (${f.times.map((t) => t.toFixed(0)).join(', ')}) · status «${f.status}»`,
    );
  }
  const mini = miniSearchSize(sources);
  console.log(
    `MiniSearch single-file index of the same ${mini.pages} pages: ${mb(mini.raw)} raw, ${mb(mini.gzip)} gzip` +
      ` — vs pagefind/ ${mb(size.total)} (gzip MiniSearch / pagefind/ = ${(mini.gzip / size.total).toFixed(2)}×;` +
      ` vs the common-word first query = ${(mini.gzip / figures[0]!.bytes).toFixed(1)}×)`,
  );
  if (checkBudget) {
    const worst = Math.max(...figures.map((f) => f.bytes));
    console.log(
      `${worst < FIRST_QUERY_BUDGET ? 'PASS' : 'FAIL'}: first query under ${kb(FIRST_QUERY_BUDGET)} — largest was ${kb(worst)}` +
        ' (figure only; the bench never fails)',
    );
  }
  return { size, figures, mini };
}
