/**
 * A claim page printed from Chromium: one A4 sheet, with the verdict, the sources' addresses
 * written out and the permanent address (src/styles/global.css, @media print).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { claimUrl } from '../../src/lib/urls.ts';
import { launchChromium } from '../helpers/browser.ts';
import { inLang, UNREVIEWED_CLAIM } from '../helpers/page-kinds.ts';
import { ROOT } from '../helpers/seeds.ts';

const siteUrl = inject('siteUrl');
const data = runPipeline({ seedsDir: inject('seedsDir'), contentDir: inject('contentDir'), root: ROOT });
const reviewed = data.claims.filter((c) => c.review);
// An unreviewed claim has its Arabic page only (src/lib/urls.ts).
const cases = [
  ...reviewed.flatMap((c) => (['ar', 'en'] as const).map((lang) => ({ id: c.id, lang, path: inLang(claimUrl(c.id), lang) }))),
  { id: UNREVIEWED_CLAIM, lang: 'ar' as const, path: claimUrl(UNREVIEWED_CLAIM) },
];

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
});
afterAll(() => browser?.close());

/** Pages of a PDF: its /Type /Page objects (not /Pages, the tree). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

describe('printing a claim page', () => {
  it('there are reviewed claims with sources to print', () => {
    expect(reviewed.length).toBeGreaterThan(5);
  });

  it.each(cases)('$path fits one A4 page', async ({ path }) => {
    await page.goto(siteUrl + path);
    await page.evaluate(() => document.fonts.ready);
    expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
  });

  it.each(cases.filter((c) => c.id !== UNREVIEWED_CLAIM))(
    '$path prints its verdict, the sources’ addresses and its permanent address',
    async ({ id, path }) => {
      await page.goto(siteUrl + path);
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() => {
        const visible = (el: Element | null) => Boolean(el && (el as HTMLElement).offsetParent !== null);
        // The sources' links, not a link inside the review's text (hidden in print).
        const sources = [...document.querySelectorAll('section[aria-labelledby="review-title"] li > a[href^="http"]')];
        return {
          verdict: visible(document.querySelector('#review-title ~ p')),
          addresses: sources.map((a) => getComputedStyle(a, '::after').content),
          hrefs: sources.map((a) => a.getAttribute('href')),
          permalink: visible(document.querySelector('#cite-url')) ? document.querySelector('#cite-url')!.textContent : null,
          reasoning: visible(document.querySelector('.review-body')),
        };
      });
      await page.emulateMedia({ media: null });
      expect(shown.verdict).toBe(true);
      expect(shown.hrefs.length).toBe(data.claims.find((c) => c.id === id)!.review!.sources.length);
      expect(shown.addresses).toEqual(shown.hrefs.map((h) => JSON.stringify(h)));
      expect(shown.permalink).toBe(`http://localhost:4321${path}`);
      expect(shown.reasoning).toBe(false);
    },
  );
});
