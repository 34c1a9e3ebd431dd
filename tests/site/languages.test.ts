/**
 * Arabic at /, English under /en/: every page exists in both, says which language it is in,
 * marks text of the other language, and the switch keeps the reader on the same page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { strings, type UiKey } from '../../src/i18n/index.ts';
import { page, textOf } from '../helpers/html.ts';
import { launchChromium } from '../helpers/browser.ts';
import { ARABIC_ONLY, PAGE_KINDS, REVIEWED_CLAIM, UNREVIEWED_CLAIM, inLang } from '../helpers/page-kinds.ts';
import { ROOT } from '../helpers/seeds.ts';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
const data = runPipeline({ seedsDir: inject('seedsDir'), contentDir: inject('contentDir'), root: ROOT });
const htmlFiles = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
const english = htmlFiles.filter((f) => f.startsWith('en/'));
const arabic = htmlFiles.filter((f) => !f.startsWith('en/'));
const ARABIC = /[\u0600-\u06FF]/;

describe('the built pages', () => {
  it('every Arabic page has its English twin, but for claims whose English address was never published; each says its language and direction', () => {
    expect(arabic.length).toBeGreaterThan(40);
    const twin = (f: string) => (f === '404.html' ? 'en/404/index.html' : `en/${f}`);
    // Claims new to the ledger and unreviewed have their Arabic page only (src/lib/ledger/english-addresses.ts).
    const ledger = JSON.parse(readFileSync(inject('ledgerFile'), 'utf8')) as { claims: Record<string, { en?: false }> };
    const arabicOnly = Object.keys(ledger.claims)
      .filter((id) => ledger.claims[id]!.en === false)
      .map((id) => `claims/${id}/index.html`);
    expect(arabicOnly.length).toBeGreaterThan(0);
    for (const file of arabicOnly) expect(arabic, file).toContain(file);
    expect(
      arabic
        .map(twin)
        .filter((f) => !english.includes(f))
        .sort(),
    ).toEqual(arabicOnly.map(twin).sort());
    expect(english.length).toBe(arabic.length - arabicOnly.length);
    for (const [files, lang, dir] of [
      [arabic, 'ar', 'rtl'],
      [english, 'en', 'ltr'],
    ] as const) {
      for (const file of files) {
        const html = page(siteDir, file).document.documentElement;
        expect([html.getAttribute('lang'), html.getAttribute('dir')], file).toEqual([lang, dir]);
      }
    }
  });

  it('on English pages, every Arabic word sits in an element marked as Arabic', () => {
    const unmarked: string[] = [];
    for (const file of english) {
      const { document } = page(siteDir, file);
      const walker = document.createTreeWalker(document.body, 4 /* text */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!ARABIC.test(node.textContent ?? '')) continue;
        const marked = (node.parentElement as Element | null)?.closest('[lang]')?.getAttribute('lang')?.startsWith('ar');
        if (!marked && node.parentElement?.closest('script, [hidden]') == null) unmarked.push(`${file}: «${textOf(node).slice(0, 40)}»`);
      }
    }
    expect(unmarked).toEqual([]);
  });

  it('a claim with an English label shows it on the English page; one without says it is shown in Arabic', () => {
    const labelled = data.claims.find((c) => c.id === REVIEWED_CLAIM)!;
    expect(labelled.labelEn).toBeTruthy();
    const en = page(siteDir, `en/claims/${REVIEWED_CLAIM}/index.html`).document;
    expect(textOf(en.querySelector('h1'))).toBe(labelled.labelEn);
    expect(en.querySelector('h1')?.getAttribute('lang')).toBe('en');
    expect(en.querySelector('[data-original-language]')).toBeNull();
    // The claim's words stay Arabic, marked as such.
    expect(en.querySelector('blockquote')?.getAttribute('lang')).toBe('ar');

    // The Arabic page never shows that note.
    expect(page(siteDir, `claims/${UNREVIEWED_CLAIM}/index.html`).document.querySelector('[data-original-language]')).toBeNull();
  });

  it('an unreviewed claim has one page, in Arabic: its English address redirects there, on any static host', () => {
    const { document } = page(siteDir, `en/claims/${UNREVIEWED_CLAIM}/index.html`);
    const target = `/claims/${UNREVIEWED_CLAIM}/`;
    expect(document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${target}`);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`http://localhost:4321${target}`);
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(document.querySelector(`a[href="${target}"]`)?.getAttribute('lang')).toBe('ar');
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    // English pages link such a claim straight to its page: no reader goes through the redirect.
    const article = data.articles.find((a) => a.claimIds.includes(UNREVIEWED_CLAIM))!;
    const english = page(siteDir, `en/articles/${article.id}/index.html`).document;
    expect(english.querySelector(`a[href="${target}"]`)).not.toBeNull();
    expect(english.querySelector(`a[href="/en${target}"]`)).toBeNull();
  });

  it('dates are written in each language', () => {
    const reviewed = data.claims.find((c) => c.id === REVIEWED_CLAIM)!.review!.reviewed;
    const byline = (file: string) => textOf(page(siteDir, file).document.querySelector('#review-title')?.parentElement?.querySelector('time, p.text-sm'));
    expect(byline(`en/claims/${REVIEWED_CLAIM}/index.html`)).toContain(strings('en').date(reviewed));
    expect(byline(`claims/${REVIEWED_CLAIM}/index.html`)).toContain(strings('ar').date(reviewed));
    expect(strings('en').date(reviewed)).not.toBe(strings('ar').date(reviewed));
  });

  it('every page names its twin for search engines (hreflang); a page in one language names none', () => {
    const oneLanguage = data.claims.filter((c) => !c.review).map((c) => `claims/${c.id}/index.html`);
    for (const file of oneLanguage) expect(page(siteDir, file).document.querySelector('link[rel="alternate"][hreflang]'), file).toBeNull();
    const redirects = oneLanguage.map((f) => `en/${f}`);
    for (const file of [...arabic, ...english].filter((f) => !/404/.test(f) && !oneLanguage.includes(f) && !redirects.includes(f))) {
      const { document } = page(siteDir, file);
      const href = (lang: string) => document.querySelector(`link[rel="alternate"][hreflang="${lang}"]`)?.getAttribute('href');
      const path = `/${file.replace(/index\.html$/, '')}`;
      const arPath = path.replace(/^\/en\//, '/');
      expect([href('ar'), href('en'), href('x-default')], file).toEqual([
        `http://localhost:4321${arPath}`,
        `http://localhost:4321/en${arPath}`,
        `http://localhost:4321${arPath}`,
      ]);
    }
  });
});

describe('the language switch, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it.each(Object.entries(PAGE_KINDS).filter(([kind]) => kind !== '404' && kind !== 'search' && !ARABIC_ONLY.has(kind)))(
    'keeps the reader on the same %s page, both ways',
    async (_, path) => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const tab = await context.newPage();
      await tab.goto(siteUrl + path);
      await tab.locator('[data-lang-switch]').click();
      await tab.waitForURL(siteUrl + inLang(path, 'en'));
      expect(await tab.locator('html').getAttribute('lang')).toBe('en');
      await tab.locator('[data-lang-switch]').click();
      await tab.waitForURL(siteUrl + path);
      expect(await tab.locator('html').getAttribute('lang')).toBe('ar');
      await context.close();
    },
  );

  it('from a claim that has only its Arabic page, goes to the claim in its English article', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const tab = await context.newPage();
    await tab.goto(siteUrl + PAGE_KINDS['unreviewed claim']);
    await tab.locator('[data-lang-switch]').click();
    const article = data.articles.find((a) => a.claimIds.includes(UNREVIEWED_CLAIM))!;
    await tab.waitForURL(`${siteUrl}/en/articles/${article.id}/#claim-${UNREVIEWED_CLAIM}`);
    expect(await tab.locator(`#claim-${UNREVIEWED_CLAIM}`).isVisible()).toBe(true);
    await context.close();
  });

  it('from "page not found", goes to the other language’s home page', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const tab = await context.newPage();
    await tab.goto(`${siteUrl}/en/no/such/page/`);
    expect(textOf({ textContent: await tab.locator('h1').textContent() })).toBe('Page not found');
    await tab.locator('[data-lang-switch]').click();
    await tab.waitForURL(`${siteUrl}/`);
    await context.close();
  });
});

describe('verdicts', () => {
  it.each(['ar', 'en'] as const)('are told by their name and a mark, never by colour alone (%s)', (lang) => {
    const { t } = strings(lang);
    const { document } = page(siteDir, lang === 'ar' ? 'fact-checks/index.html' : 'en/fact-checks/index.html');
    const badges = [...document.querySelectorAll('[data-verdict]')];
    expect(badges.length).toBeGreaterThan(10);
    for (const badge of badges) {
      expect(textOf(badge)).toContain(t(`verdict.${badge.getAttribute('data-verdict')}` as UiKey));
      expect(textOf(badge.querySelector('[aria-hidden="true"]'))).toMatch(/^[✓!✗?~]$/);
    }
  });
});
