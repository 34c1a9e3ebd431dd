/** What a reader sees in Chromium, from the built site served on localhost. */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ingestFolder } from '../../src/lib/ingest/index.ts';
import { articleUrl } from '../../src/lib/urls.ts';
import { launchChromium, VIEWPORTS } from '../helpers/browser.ts';

const siteUrl = inject('siteUrl');
const articles = ingestFolder(inject('seedsDir')).articles;
const SHOTS = 'test-results/screenshots';
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe.each(Object.entries(VIEWPORTS))('in Chromium, %s', (name, viewport) => {
  const open = async (path: string) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const response = await page.goto(siteUrl + path);
    await page.evaluate(() => document.fonts.ready);
    return { page, context, requests, status: response?.status() };
  };

  it('the home page is right-to-left and lists every article', async () => {
    const { page, context } = await open('/');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    const titles = await page.locator('main li[data-article] h3').allTextContents();
    expect(titles.map((t) => t.trim()).sort()).toEqual(articles.map((a) => a.title.text).sort());
    await page.screenshot({ path: `${SHOTS}/home-${name}.png`, fullPage: true });
    await context.close();
  });

  it.each(articles.filter((a) => !a.id.startsWith('zz-')).map((a) => [a.id, a] as const))(
    'article %s shows its title and headings, from this origin only',
    async (id, article) => {
      const { page, context, requests, status } = await open(articleUrl(id));
      expect(status).toBe(200);
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect((await page.locator('h1').innerText()).trim()).toBe(article.title.text);
      const headings = (await page.locator('.article-body h2').allInnerTexts()).map((h) => h.trim());
      expect(headings).toEqual(article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text));
      // Text flows from the right: the first paragraph's right edge is at the column's right edge.
      const box = await page
        .locator('.article-body p[id^="p-"]')
        .first()
        .evaluate((p) => {
          const r = p.getBoundingClientRect();
          return { right: r.right, parentRight: p.parentElement!.getBoundingClientRect().right, align: getComputedStyle(p).direction };
        });
      expect(box.align).toBe('rtl');
      expect(Math.abs(box.right - box.parentRight)).toBeLessThan(1);
      // The Arabic font is the self-hosted one, and nothing came from another origin.
      expect(await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic Variable"', 'عربي'))).toBe(true);
      expect(requests.filter((u) => !u.startsWith(siteUrl))).toEqual([]);
      // No horizontal scrolling on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({ path: `${SHOTS}/article-${id}-${name}.png`, fullPage: true });
      await context.close();
    },
  );

  it('a deep link to a paragraph lands on it', async () => {
    const article = articles.find((a) => a.id === '003_099b512de9b6ebb4')!;
    const target = article.blocks.filter((b) => b.kind === 'paragraph')[8]!;
    const { page, context } = await open(`${articleUrl(article.id)}#${target.id}`);
    // The jump may be smooth (prefers-reduced-motion: no-preference): wait for it to settle.
    const top = () => page.locator(`#${target.id}`).evaluate((el) => el.getBoundingClientRect().top);
    await expect.poll(top, { timeout: 5000 }).toBeLessThan(viewport.height / 2);
    expect(await top()).toBeGreaterThanOrEqual(0);
    await context.close();
  });

  it('the removal record opens from the keyboard', async () => {
    const { page, context } = await open(articleUrl('003_099b512de9b6ebb4'));
    expect(await page.locator('details table').isVisible()).toBe(false);
    await page.locator('details summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('details table').isVisible()).toBe(true);
    expect(await page.locator('details tbody tr').count()).toBe(4);
    await context.close();
  });

  it('a claim highlighted in the text is reached by keyboard and opens its page', async () => {
    const article = articles.find((a) => a.id === '000_bc5bfdee50f0dc2c')!;
    const { page, context } = await open(articleUrl(article.id));
    // Tab from the top until focus lands on the first claim in the text.
    let focused = '';
    for (let i = 0; i < 40 && !focused.startsWith('claim-'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toMatch(/^claim-/);
    // The focus is visible: an outline is drawn around the claim.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/claims\/[a-z0-9-]+\/$/);
    const id = focused.replace(/^claim-/, '');
    expect(page.url()).toBe(`${siteUrl}/claims/${id}/`);
    expect(await page.locator('blockquote').innerText()).toBeTruthy();
    await page.screenshot({ path: `${SHOTS}/claim-${name}.png`, fullPage: true });
    await context.close();
  });

  it('markup in an article is shown as text and never runs', async () => {
    const { page, context } = await open(articleUrl('zz-hostile-markup'));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('h1').innerText()).toContain('<script>');
    await context.close();
  });

  it('an unknown address answers 404 with the site’s page', async () => {
    const { page, context, status } = await open('/no/such/page/');
    expect(status).toBe(404);
    expect((await page.locator('h1').innerText()).trim()).toBe('الصفحة غير موجودة');
    await context.close();
  });

  // axe, the CSP and same-origin requests on every kind of page: tests/site/accessibility.test.ts.
});
