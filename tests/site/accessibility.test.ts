/**
 * Every kind of page, in Arabic and English, on a phone and a desktop, in Chromium: axe-core
 * finds no violation, the page is built the same way (skip link, landmarks, one h1, visible
 * focus), the Content-Security-Policy blocks nothing the page needs, and no request leaves
 * localhost. The dark colour scheme is checked by axe too.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { axeViolations, launchChromium, VIEWPORTS } from '../helpers/browser.ts';
import { PAGE_KINDS, pageCases } from '../helpers/page-kinds.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

type Window = { __csp: string[] };

/** Opens a page recording every request, CSP violation and script error. */
async function visit(path: string, options: BrowserContextOptions) {
  const context = await browser.newContext({ ...options, serviceWorkers: 'block' });
  await context.addInitScript(() => {
    (window as unknown as Window).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as Window).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
  if (path.includes('/search/')) await page.locator('#search-results li').first().waitFor();
  // Closed <details> hide their content from axe: open them all.
  await page.locator('details').evaluateAll((all) =>
    all.forEach((d) => {
      d.setAttribute('open', '');
    }),
  );
  return { page, context, requests, errors };
}

const cases = pageCases();

describe.each(Object.entries(VIEWPORTS))('%s', (_, viewport) => {
  it.each(cases)('$kind page in $lang ($path)', async ({ lang, path }) => {
    const { page, context, requests, errors } = await visit(path, { viewport });
    // Nothing from another origin, and nothing the CSP had to block.
    expect(requests.filter((url) => !url.startsWith(`${siteUrl}/`))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as Window).__csp)).toEqual([]);
    expect(errors).toEqual([]);
    // The interface language, and the frame every page shares.
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(await page.locator('h1').count()).toBe(1);
    for (const landmark of ['header', 'main#main', 'footer', 'nav']) expect(await page.locator(landmark).count(), landmark).toBeGreaterThan(0);
    // The first Tab reaches the skip link, which shows itself and leads to the main content.
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement;
      const style = getComputedStyle(el);
      return {
        href: el.getAttribute('href'),
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        visible: el.getBoundingClientRect().width > 1,
      };
    });
    expect(skip).toEqual({ href: '#main', outline: 'solid', width: expect.any(Number), visible: true });
    expect(skip.width).toBeGreaterThanOrEqual(2);
    expect(await axeViolations(page)).toEqual([]);
    // The site's font, cut to Arabic and Latin, loaded from this site and covering the page's Arabic.
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      const arabic = document.querySelector('h1')?.textContent?.match(/[\u0600-\u06FF]+/)?.[0] ?? 'ابجد';
      return {
        loaded: [...document.fonts].filter((f) => f.status === 'loaded').length,
        covers: document.fonts.check('16px "Noto Naskh Arabic Variable"', arabic),
      };
    });
    expect(fonts.loaded).toBeGreaterThan(0);
    expect(fonts.covers).toBe(true);
    await context.close();
  });
});

describe('dark colour scheme', () => {
  it.each(cases.filter((c) => c.kind !== 'people' && c.kind !== 'claims'))('$kind page in $lang: dark, and axe finds no violation', async ({ path }) => {
    const { page, context } = await visit(path, { viewport: VIEWPORTS.desktop, colorScheme: 'dark' });
    // The page really is dark: a dark background under light text (colours read back as RGB
    // through a canvas, whatever colour syntax the stylesheet used).
    const [bg, fg] = await page.evaluate(() => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      const luminance = (css: string) => {
        ctx.fillStyle = css;
        ctx.fillRect(0, 0, 1, 1);
        const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
        return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
      };
      const style = getComputedStyle(document.body);
      return [luminance(style.backgroundColor), luminance(style.color)];
    });
    expect(bg).toBeLessThan(0.2);
    expect(fg).toBeGreaterThan(0.8);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('reduced motion', () => {
  it.each([
    ['no-preference', 'smooth'],
    ['reduce', 'auto'],
  ] as const)('with prefers-reduced-motion: %s, in-page jumps scroll %s', async (reducedMotion, behaviour) => {
    const { page, context } = await visit(PAGE_KINDS.article, { viewport: VIEWPORTS.desktop, reducedMotion });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(behaviour);
    await context.close();
  });
});
