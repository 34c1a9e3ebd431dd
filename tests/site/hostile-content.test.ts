/**
 * Content never becomes markup or a script. The test build carries an article whose text,
 * title and sidecar hold markup (tests/fixtures/site-extra/), a review with markup in every
 * field, a javascript: link in its Markdown and `</script>` in strings that end up in JSON-LD,
 * and an English label with markup (tests/fixtures/content-extra/). Every page they reach, in
 * both languages, is checked in its built HTML and in Chromium.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { page } from '../helpers/html.ts';
import { launchChromium } from '../helpers/browser.ts';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
const CLAIM = 'fqra-thawl-hqn-ns-brmjy-f6b45c';
// The page of the claims list that holds the hostile article's claims (lists come in pages).
const claimsPage = [
  'claims',
  ...(existsSync(join(siteDir, 'claims/page')) ? readdirSync(join(siteDir, 'claims/page')).map((n) => `claims/page/${n}`) : []),
].find((p) => readFileSync(join(siteDir, p, 'index.html'), 'utf8').includes(CLAIM))!;
const PAGES = [claimsPage, 'articles/zz-hostile-markup', `claims/${CLAIM}`, 'fact-checks', 'fact-checks/misleading', 'corrections'].flatMap((p) => [
  `${p}/index.html`,
  `en/${p}/index.html`,
]);

describe('markup in content, in the built HTML', () => {
  it.each(PAGES)('%s has no script, handler or javascript: link from content', (file) => {
    const { html, document } = page(siteDir, file);
    // The hostile strings did reach the page, as text.
    expect(html).toMatch(/window\.__pwned/);
    for (const script of document.querySelectorAll('script')) {
      const type = script.getAttribute('type');
      const src = script.getAttribute('src');
      if (src) expect(src, file).toMatch(/^\/_astro\/[\w.-]+\.js$/);
      else expect(['application/ld+json', 'application/json'], `${file}: inline script ${script.outerHTML.slice(0, 80)}`).toContain(type);
      // A data block is read to its closing tag: a "</script" inside it would end it early.
      expect(script.textContent ?? '', file).not.toMatch(/<\/script|<!--/i);
      if (!src) expect(() => JSON.parse(script.textContent ?? ''), file).not.toThrow();
    }
    for (const el of document.querySelectorAll('*')) {
      for (const name of el.getAttributeNames()) expect(name, `${file}: <${el.tagName.toLowerCase()} ${name}>`).not.toMatch(/^on/i);
      for (const attr of ['href', 'src', 'action']) expect(el.getAttribute(attr) ?? '', file).not.toMatch(/^\s*javascript:/i);
    }
    expect(document.querySelectorAll('img, iframe, object, embed')).toHaveLength(0);
  });

  it('the JSON-LD of the reviewed hostile claim keeps every string, escaped', () => {
    for (const file of [`claims/${CLAIM}/index.html`, `en/claims/${CLAIM}/index.html`]) {
      const { html, document } = page(siteDir, file);
      const block = document.querySelector('script[type="application/ld+json"]');
      expect(html).toContain('\\u003c/script>');
      const data = JSON.parse(block?.textContent ?? '');
      const text = JSON.stringify(data);
      // The claim's words and its article's title, each with a <script> element written in it.
      for (const s of ['<script>window.__pwned = 1</script>', '<script>window.__pwned = 2</script>']) expect(text).toContain(s);
    }
  });

  it('the exports carry the strings as data', () => {
    const claims = JSON.parse(readFileSync(join(siteDir, 'data/claims.json'), 'utf8')).claims as {
      id: string;
      summary: string | null;
      labelEn: string | null;
    }[];
    const hostile = claims.find((c) => c.id === CLAIM)!;
    expect(hostile.summary).toContain('</script><script>window.__pwned = 4</script>');
    expect(hostile.labelEn).toContain('window.__pwned = 14');
  });
});

describe('markup in content, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it.each(PAGES.map((f) => `/${f.replace(/index\.html$/, '')}`))('%s runs nothing and shows the markup as text', async (path) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(siteUrl + path);
    // Follow every link on the page that stays on it or opens a javascript: URL: none may run.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('body').innerText()).toMatch(/<script>|<img|<\/script>/);
    await context.close();
  });

  it('every page of the site has no element from content that runs code', () => {
    // A sweep over the whole build: no on* attribute and no javascript: address anywhere.
    const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of files) {
      for (const el of page(siteDir, file).document.querySelectorAll('*')) {
        for (const name of el.getAttributeNames()) {
          if (/^on/i.test(name) || (/^(href|src|action|formaction)$/i.test(name) && /^\s*javascript:/i.test(el.getAttribute(name) ?? '')))
            found.push(`${file}: ${name}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
