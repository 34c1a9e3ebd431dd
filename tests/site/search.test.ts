/**
 * Search in Chromium against the built site: a table of queries (every Arabic variant form of
 * issue #6), the judged query table and its figures (docs/search.md), every result reachable,
 * verdict badges, filters, the URL, the keyboard, axe-core, and offline use.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { articleUrl, claimUrl, personUrl } from '../../src/lib/urls.ts';
import { axeViolations, launchChromium } from '../helpers/browser.ts';
import { figures, JUDGED, type Judged, resolveTarget, resultGroups, searchAll, typeQuery } from '../helpers/search-judged.ts';
import { ROOT } from '../helpers/seeds.ts';

const siteUrl = inject('siteUrl');
const data = runPipeline({ seedsDir: inject('seedsDir'), contentDir: inject('contentDir'), root: ROOT });
const claim = (words: string) => claimUrl(data.claims.find((c) => c.text.includes(words))!.id);
const person = (name: string) => personUrl(data.people.find((p) => p.name === name)!.id);

// [query, the page it must return in its first five results, what the row tests]
const TABLE: [string, string, string][] = [
  ['المرتبة الثانية عشرة', claim('المرتبة الثانية عشرة'), 'claim words'],
  ['المرتبه الثانيه عشره', claim('المرتبة الثانية عشرة'), 'ه for final ة'],
  ['المَرْتَبَةُ الثّانِيَةَ', claim('المرتبة الثانية عشرة'), 'tashkeel'],
  ['تسعة جيوش', claim('تسعة جيوش'), 'a number in words'],
  ['تسعه جيوش', claim('تسعة جيوش'), 'ه for final ة'],
  ['السلاح النووي', claim('تسعة جيوش'), 'claim words'],
  ['الجيش الإسلامي الوحيد', claim('الجيش الإسلامي الوحيد'), 'إ'],
  ['الجيش الاسلامي الوحيد', claim('الجيش الإسلامي الوحيد'), 'ا for إ'],
  ['٢٠٢٥', claim('المرتبة الثانية عشرة'), 'Arabic-Indic digits'],
  ['2025', claim('المرتبة الثانية عشرة'), 'Western digits'],
  ['آمنة ومستقرة', claim('آمنة ومستقرة'), 'آ'],
  ['امنة ومستقرة', claim('آمنة ومستقرة'), 'ا for آ'],
  ['أمنه ومستقره', claim('آمنة ومستقرة'), 'أ for آ, ه for ة'],
  ['بنغـــازي عاصم', claim('المشير عاصم منير إلى مدينة بنغازي'), 'tatweel'],
  ['أخرى', claim('عوامل أخرى سياسية'), 'ى'],
  ['اخري', claim('عوامل أخرى سياسية'), 'ي for final ى, ا for أ'],
  ['عاصم منير', person('عاصم منير'), 'a speaker’s name'],
  ['ربيعة بوراص', person('ربيعة بوراص'), 'a speaker’s name'],
  ['البرغثي', person('محمد البرغثي'), 'a family name'],
  ['فرج دردور', person('فرج دردور'), 'a speaker’s name'],
  ['يوليو', claim('يوليو/تموز'), 'a month'],
  ['تموز', claim('يوليو/تموز'), 'the Levantine month'],
  ['اعترافاً سياسياً', claim('ولا تعكس اعترافاً سياسياً'), 'tanween'],
  ['إعترافا سياسيا', claim('ولا تعكس اعترافاً سياسياً'), 'إ and no tanween'],
  ['وبنغازي', claim('المشير عاصم منير إلى مدينة بنغازي'), 'prefix و'],
  ['فالقيادة العامة', claim('القائد العام للجيش الوطني الليبي، المشير خليفة حفتر، لنظيره'), 'prefix فال'],
  ['لليبيا', claim('أول زيارة رسمية إلى ليبيا'), 'prefix لل on a word starting with ل'],
  ['بالصناعات الدفاعية', claim('تقاطع مصالح'), 'prefix بال'],
  ['لحفتر', claim('التقى خلالها خليفة حفتر'), 'prefix ل'],
  ['مكتب حفتر الإعلامي', claim('المشير عاصم منير إلى مدينة بنغازي'), 'an institution'],
  ['عدة وسائل محلية', claim('وقع عدة اتفاقات عسكرية'), 'an unnamed source'],
  ['بروتوكول تعاون عسكري', claim('أسفرت عن توقيع بروتوكول'), 'claim words'],
  ['براغماتية أمنية', claim('براغماتية أمنية'), 'claim words'],
  ['الميليشيات', claim('أكثر نفوذا'), 'a quoted word'],
  ['السبعينيات', claim('الزيارة هامة جدا'), 'a decade'],
  ['مراقبين', claim('اختيار بنغازي تحديدًا'), 'another case of مراقبون'],
  ['Global Firepower', claim('المرتبة الثانية عشرة'), 'words of a review’s sources'],
];
const NOTHING = ['xyzzy', 'كمبيوتر محمول', 'زلزال', 'Bitcoin'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function searchPage(path = '/search/'): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(siteUrl + path);
  return { page, close: () => context.close() };
}

/** Types a query, waits for the status line, returns the results shown (the paths each leads to: its claims, then its page). */
async function search(page: Page, query: string): Promise<string[][]> {
  await typeQuery(page, query);
  return resultGroups(page);
}

describe('the query table', () => {
  let session: Awaited<ReturnType<typeof searchPage>>;
  beforeAll(async () => {
    session = await searchPage();
  });
  afterAll(() => session.close());

  it('has at least 30 rows, every page exists', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(30);
    for (const [, url] of TABLE) expect(url).toMatch(/^\/(claims|people|articles)\/[^/]+\/$/);
  });

  // A claim found in an article (a sub-result) counts at its article's rank.
  it.each(TABLE)('«%s» returns %s in the first five (%s)', async (query, expected) => {
    const results = await search(session.page, query);
    expect(results.slice(0, 5).flat(), results.join(' | ')).toContain(expected);
  });

  it.each(NOTHING)('«%s» returns nothing', async (query) => {
    expect(await search(session.page, query)).toEqual([]);
    expect(await session.page.locator('#search-status').innerText()).toContain('لا نتائج');
  });
});

describe('the judged query table (docs/search.md)', () => {
  it('ranks the wanted page first, and finds nothing for topics the site never mentions', async () => {
    expect(JUDGED.length).toBeGreaterThanOrEqual(20);
    const { page, close } = await searchPage();
    const rows: Judged[] = [];
    for (const query of JUDGED) rows.push({ query, targets: query.relevant.map((r) => resolveTarget(r, data)), ranked: await searchAll(page, query.query) });
    await close();
    const found = figures(rows);
    console.log('judged search figures', found);
    // Measured 0.957 and 0.944 (docs/search.md); the margin allows one query to slip a rank.
    expect(found.mrr).toBeGreaterThanOrEqual(0.93);
    expect(found.claimAboveArticle).toBeGreaterThanOrEqual(0.9);
    expect(found.offTopicEmpty).toBe(1);
    expect(found.zeroResultPrecision).toBe(1);
  });
});

describe('every result is reachable', () => {
  // The seeds give fewer than 20 results to any query (one per article, reviewed claim or person),
  // so the page is served with batches of 5 (its data-batch): the same code, smaller steps.
  it('shows a batch, then "more results" loads the next batch up to the last, the count unchanged', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.route('**/search/?*', async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      expect(html).toContain('data-batch="20"');
      await route.fulfill({ response, body: html.replace('data-batch="20"', 'data-batch="5"') });
    });
    const close = () => context.close();
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('باكستان')}`);
    await page.waitForSelector('#search-results li');
    const status = await page.locator('#search-status').innerText();
    const total = Number(/\d+/.exec(status)![0]);
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('#search-results > li').count()).toBe(5);
    expect(await page.locator('#search-shown').innerText()).toContain(String(total));
    await page.click('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 5);
    // The reader goes on from result 6, which opens like any other.
    const sixth = page.locator('#search-results > li:nth-child(6) a[data-result]');
    expect(await sixth.evaluate((a) => a === document.activeElement)).toBe(true);
    while (await page.locator('#search-more:visible').count()) {
      const shown = await page.locator('#search-results > li').count();
      await page.click('#search-more');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, shown);
    }
    const urls = await page.locator('#search-results a[data-result]').evaluateAll((l) => l.map((a) => (a as HTMLAnchorElement).pathname));
    expect(urls.length).toBe(total);
    expect(new Set(urls).size).toBe(total);
    expect(await page.locator('#search-status').innerText()).toBe(status);
    const href = await sixth.getAttribute('href');
    await sixth.press('Enter');
    await page.waitForURL(`**${href}`);
    await close();
  });
});

describe('results', () => {
  it('a reviewed claim carries its verdict badge, an unreviewed one none', async () => {
    const reviewed = data.claims.find((c) => c.text.includes('المرتبة الثانية عشرة'))!;
    expect(reviewed.review).toBeDefined();
    const { page, close } = await searchPage(`/search/?q=${encodeURIComponent('المرتبة الثانية عشرة')}`);
    await page.waitForSelector('#search-results li');
    const item = page.locator('#search-results li', { has: page.locator(`a[href="${claimUrl(reviewed.id)}"]`) });
    expect(await item.locator('[data-verdict]').getAttribute('data-verdict')).toBe(reviewed.review!.verdict);
    expect(await item.locator('[data-verdict]').isVisible()).toBe(true);
    const unreviewed = data.claims.find((c) => !c.review && c.text.includes('آمنة ومستقرة'))!;
    await search(page, 'آمنة ومستقرة');
    // An unreviewed claim is found in its article, as a sub-result, and shows no badge.
    const plain = page.locator('#search-results li li', { has: page.locator(`a[data-subresult][href="${claimUrl(unreviewed.id)}"]`) });
    expect(await plain.count()).toBe(1);
    expect(await plain.locator('[data-verdict]').count()).toBe(0);
    await close();
  });

  it('an excerpt does not repeat the claim’s words', async () => {
    const { page, close } = await searchPage();
    await search(page, 'براغماتية أمنية');
    const excerpt = await page.locator('#search-results li').first().locator('.search-excerpt').innerText();
    const words = excerpt.split(/\s+/);
    const fives = words.slice(0, -4).map((_, i) => words.slice(i, i + 5).join(' '));
    expect(new Set(fives).size, excerpt).toBe(fives.length);
    await close();
  });

  it('the header box carries the query of the search page', async () => {
    const { page, close } = await searchPage(`/search/?q=${encodeURIComponent('حفتر')}`);
    await page.waitForSelector('#search-results li');
    expect(await page.inputValue('#header-q')).toBe('حفتر');
    await search(page, 'عاصم منير');
    expect(await page.inputValue('#header-q')).toBe('عاصم منير');
    await close();
  });
});

describe('the English search page', () => {
  it('uses the one index and leads to English pages, and to the one page of an unreviewed claim', async () => {
    const { page, close } = await searchPage(`/en/search/?q=${encodeURIComponent('آمنة ومستقرة')}`);
    await page.waitForSelector('#search-results li');
    const unreviewed = data.claims.find((c) => !c.review && c.text.includes('آمنة ومستقرة'))!;
    const sub = page.locator(`a[data-subresult][href="${claimUrl(unreviewed.id)}"]`);
    expect(await page.locator('#search-results').locator(sub).count()).toBe(1);
    // Its labels are the English page's own: "Claim", its kind, "Not yet reviewed".
    expect(await page.locator('#search-results li li', { has: sub }).locator('p.text-sm').innerText()).toContain('Not yet reviewed');
    const pages = await page.locator('#search-results a[data-result]').evaluateAll((l) => l.map((a) => (a as HTMLAnchorElement).pathname));
    expect(pages).toContain(`/en${articleUrl(unreviewed.articleId)}`);
    const reviewed = data.claims.find((c) => c.review && c.text.includes('المرتبة الثانية عشرة'))!;
    const results = await search(page, 'المرتبة الثانية عشرة');
    expect(results.flat()).toContain(`/en${claimUrl(reviewed.id)}`);
    await close();
  });
});

describe('filters and the URL', () => {
  it('kind and speaker filters narrow the results, and the URL keeps them across a reload', async () => {
    const { page, close } = await searchPage(`/search/?q=${encodeURIComponent('الزيارة')}`);
    await page.waitForSelector('#search-results li');
    const all = await page.locator('#search-results li').count();
    await page.locator('details#search-filters summary').click();
    await page.selectOption('select[name="kind"]', 'opinion');
    await page.waitForURL(/kind=opinion/);
    // The list is emptied and filled again: wait for the narrower list, not for the empty moment between.
    await page.waitForFunction((n) => {
      const count = document.querySelectorAll('#search-results li').length;
      return count > 0 && count < n;
    }, all);
    const opinions = await page.locator('#search-results li p.text-sm').allInnerTexts();
    expect(opinions.length).toBeGreaterThan(0);
    for (const meta of opinions) expect(meta).toContain('رأي');

    const speaker = data.people.find((p) => p.name === 'ربيعة بوراص')!;
    await page.selectOption('select[name="speaker"]', speaker.id);
    await page.waitForURL(new RegExp(`speaker=${speaker.id}`));
    await page.waitForFunction(() => [...document.querySelectorAll('#search-results li p.text-sm')].every((p) => p.textContent!.includes('ربيعة بوراص')));
    const kept = await page.locator('#search-results li > a').evaluateAll((l) => l.map((a) => (a as HTMLAnchorElement).pathname));
    expect(kept.length).toBeGreaterThan(0);

    await page.reload();
    await page.waitForSelector('#search-results li');
    expect(await page.inputValue('#search-q')).toBe('الزيارة');
    expect(await page.inputValue('select[name="kind"]')).toBe('opinion');
    expect(await page.inputValue('select[name="speaker"]')).toBe(speaker.id);
    expect(await page.locator('#search-results li > a').evaluateAll((l) => l.map((a) => (a as HTMLAnchorElement).pathname))).toEqual(kept);
    await close();
  });

  it('filters without words list the articles that hold matching unreviewed claims', async () => {
    const { page, close } = await searchPage('/search/?kind=opinion');
    await page.waitForSelector('#search-results li');
    const urls = await page.locator('#search-results a[data-result]').evaluateAll((l) => l.map((a) => (a as HTMLAnchorElement).pathname));
    const holders = data.articles.filter((a) => data.claims.some((c) => c.articleId === a.id && !c.review && c.kind === 'opinion'));
    expect(holders.length).toBeGreaterThan(0);
    for (const article of holders) expect(urls).toContain(articleUrl(article.id));
    await close();
  });

  it('the verdict filter keeps only claims with that verdict', async () => {
    const { page, close } = await searchPage(`/search/?q=${encodeURIComponent('باكستان')}&verdict=accurate`);
    await page.waitForSelector('#search-results li');
    const urls = await page.locator('#search-results li > a').evaluateAll((l) => l.map((a) => (a as HTMLAnchorElement).pathname));
    const accurate = data.claims.filter((c) => c.review?.verdict === 'accurate').map((c) => claimUrl(c.id));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(accurate).toContain(url);
    await close();
  });
});

describe('keyboard and accessibility', () => {
  it('the header box leads to the search page, and results open with the keyboard alone', async () => {
    const { page, close } = await searchPage(articleUrl(data.articles[0]!.id));
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // site name
    await page.keyboard.press('Tab'); // language switch
    await page.keyboard.press('Tab'); // search box
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-q');
    await page.keyboard.type('بوراص');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector('#search-results li');
    // Tab onwards from the query box to the first result, then open it.
    await page.focus('#search-q');
    let focused = '';
    for (let i = 0; i < 20 && !focused.includes('/people/') && !focused.includes('/claims/'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
    }
    expect(focused).toMatch(/\/(people|claims)\//);
    await page.keyboard.press('Enter');
    await page.waitForURL(focused);
    await close();
  });

  it('axe-core finds no violations on the search page with results', async () => {
    const { page, close } = await searchPage(`/search/?q=${encodeURIComponent('الزيارة')}`);
    await page.waitForSelector('#search-results li');
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it('without JavaScript the header box leads to the claims index', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/`);
    expect(await page.getAttribute('form[data-header-search]', 'action')).toBe('/claims/');
    await page.fill('#header-q', 'حفتر');
    await page.press('#header-q', 'Enter');
    await page.waitForURL(/\/claims\/\?q=/);
    expect(await page.locator('h1').innerText()).toBe('كل الادعاءات');
    await context.close();
  });
});

describe('offline', () => {
  it('after one visit, an article reloads and a search runs with the network off', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}/`);
    // Wait until the worker has installed (precached everything); a reload is then controlled by it.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await context.setOffline(true);
    const article = data.articles.find((a) => a.id.startsWith('003'))!;
    await page.goto(siteUrl + articleUrl(article.id));
    expect((await page.locator('h1').innerText()).trim()).toBe(article.title.text);
    await page.goto(`${siteUrl}/search/`);
    const results = await search(page, 'براغماتية أمنية');
    expect(results.flat()).toContain(claim('براغماتية أمنية'));
    await context.close();
  });
});
