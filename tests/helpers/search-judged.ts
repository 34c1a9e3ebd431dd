/**
 * The judged query table of the search page (tests/fixtures/search/judged-queries.json) and
 * its figures: mean reciprocal rank of the first page a reader wants, and whether queries for
 * topics the site never mentions find nothing (docs/search.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { PipelineResult } from '../../src/lib/pipeline.ts';
import { articleUrl, claimUrl, personUrl } from '../../src/lib/urls.ts';
import { ROOT } from './seeds.ts';

export interface JudgedQuery {
  query: string;
  kind: 'claim words' | 'quote' | 'person' | 'off-topic';
  /** claim:<words of its text>, person:<name>, article:<id start>; empty: nothing should be found. */
  relevant: string[];
}

export const JUDGED: JudgedQuery[] = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/search/judged-queries.json'), 'utf8')).queries;

export interface Target {
  url: string;
  /** A claim's article, which should rank below it. */
  articleUrl?: string;
}

/** The page a reference names; throws when it names none or several. */
export function resolveTarget(ref: string, data: Pick<PipelineResult, 'claims' | 'people' | 'articles'>): Target {
  const [kind, value] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)];
  const one = <T>(found: T[]): T => {
    if (found.length !== 1) throw new Error(`${ref} names ${found.length} pages`);
    return found[0]!;
  };
  if (kind === 'claim') {
    const claim = one(data.claims.filter((c) => c.text.includes(value)));
    return { url: claimUrl(claim.id), articleUrl: articleUrl(claim.articleId) };
  }
  if (kind === 'person') return { url: personUrl(one(data.people.filter((p) => p.name === value)).id) };
  if (kind === 'article') return { url: articleUrl(one(data.articles.filter((a) => a.id.startsWith(value))).id) };
  throw new Error(`unknown reference ${ref}`);
}

export interface Judged {
  query: JudgedQuery;
  targets: Target[];
  /**
   * The results in the order shown, each the paths it leads to: the claims found in an article
   * (its sub-results) first, then the article. A claim found so counts at its article's rank.
   */
  ranked: string[][];
}

export interface Figures {
  /** Mean over queries with a wanted page of 1 / rank of the first one shown (0 when none is). */
  mrr: number;
  /** Share of off-topic queries that found nothing. */
  offTopicEmpty: number;
  /** Of the queries that found nothing, the share that should have (1 when none found nothing). */
  zeroResultPrecision: number;
  /** Of the queries whose first wanted page is a claim holding their words, the share where it ranks above its article. */
  claimAboveArticle: number;
}

const share = (hits: number, of: number) => (of === 0 ? 1 : hits / of);

export function figures(rows: Judged[]): Figures {
  const onTopic = rows.filter((r) => r.targets.length > 0);
  const offTopic = rows.filter((r) => r.targets.length === 0);
  const empty = rows.filter((r) => r.ranked.length === 0);
  const rank = (r: Judged) => {
    const wanted = new Set(r.targets.map((t) => t.url));
    return r.ranked.findIndex((group) => group.some((url) => wanted.has(url))) + 1;
  };
  const claims = onTopic.filter((r) => r.targets[0]!.articleUrl);
  const above = claims.filter((r) => {
    const flat = r.ranked.flat();
    const claim = flat.indexOf(r.targets[0]!.url);
    const article = flat.indexOf(r.targets[0]!.articleUrl!);
    return claim >= 0 && (article < 0 || claim < article);
  });
  return {
    mrr: onTopic.reduce((sum, r) => sum + (rank(r) ? 1 / rank(r) : 0), 0) / Math.max(1, onTopic.length),
    offTopicEmpty: share(offTopic.filter((r) => r.ranked.length === 0).length, offTopic.length),
    zeroResultPrecision: share(empty.filter((r) => r.targets.length === 0).length, empty.length),
    claimAboveArticle: share(above.length, claims.length),
  };
}

/** Types a query on the search page and waits until the status line gives its count. */
export async function typeQuery(page: Page, query: string): Promise<void> {
  const before = await page.locator('#search-status').innerText();
  await page.fill('#search-q', query);
  await page.waitForFunction((old) => {
    const s = document.querySelector('#search-status')?.textContent ?? '';
    return s !== old && s !== '' && !s.includes('…');
  }, before);
}

/** The results shown, each as the paths it leads to: its claims found as sub-results, then its own page. */
export function resultGroups(page: Page): Promise<string[][]> {
  return page.locator('#search-results > li').evaluateAll((items) =>
    items.map((li) => {
      const path = (a: Element) => new URL((a as HTMLAnchorElement).href).pathname;
      return [...[...li.querySelectorAll('a[data-subresult]')].map(path), ...[...li.querySelectorAll('a[data-result]')].map(path)];
    }),
  );
}

/** Types a query on the search page, waits for the count, opens every batch, returns the results (resultGroups). */
export async function searchAll(page: Page, query: string): Promise<string[][]> {
  await typeQuery(page, query);
  const more = page.locator('#search-more:visible');
  while ((await more.count()) > 0) {
    const shown = await page.locator('#search-results > li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, shown);
  }
  return resultGroups(page);
}
