/** For journalists: deep links, citations, feed, sitemap, canonical URLs, Open Graph, corrections. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { corrections } from '../../src/lib/render/corrections.ts';
import { articleUrl, claimUrl } from '../../src/lib/urls.ts';
import { launchChromium } from '../helpers/browser.ts';
import { page, textOf } from '../helpers/html.ts';
import { ROOT } from '../helpers/seeds.ts';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
const data = runPipeline({ seedsDir: inject('seedsDir'), contentDir: inject('contentDir'), root: ROOT });
const reviewed = data.claims.filter((c) => c.review);
const htmlFiles = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

describe('deep links', () => {
  it('every sentence of an article page has its anchor', () => {
    for (const article of data.articles) {
      const { document } = page(siteDir, `articles/${article.id}/index.html`);
      const ids = [...document.querySelectorAll('.article-body span.sentence')].map((s) => s.id);
      expect(ids).toEqual(article.sentences.map((s) => s.id));
      for (const s of article.sentences) expect(textOf(document.getElementById(s.id)).startsWith(article.text.slice(s.start, s.start + 10))).toBe(true);
    }
  });

  it('a claim page links to its sentence and to its mark in the article', () => {
    const claim = reviewed[0]!;
    const article = data.articles.find((a) => a.id === claim.articleId)!;
    const sentence = article.sentences.find((s) => s.claimIds.includes(claim.id))!;
    const { document } = page(siteDir, `claims/${claim.id}/index.html`);
    expect(document.querySelector(`a[href="${articleUrl(article.id)}#${sentence.id}"]`)).not.toBeNull();
    expect(document.querySelector(`a[href="${articleUrl(article.id)}#claim-${claim.id}"]`)).not.toBeNull();
  });
});

describe('discovery', () => {
  it('every page has exactly one canonical URL, its own', () => {
    expect(htmlFiles.length).toBeGreaterThan(40);
    for (const file of htmlFiles) {
      const { document } = page(siteDir, file);
      const links = document.querySelectorAll('link[rel="canonical"]');
      expect(links.length, file).toBe(1);
      const path = `/${file.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;
      if (file !== '404.html') expect(links[0]!.getAttribute('href'), file).toBe(`http://localhost:4321${path}`);
    }
  });

  it('claim pages describe the claim and its verdict for Open Graph and Twitter', () => {
    const claim = reviewed[0]!;
    const { document } = page(siteDir, `claims/${claim.id}/index.html`);
    const og = (p: string) => document.querySelector(`meta[property="og:${p}"]`)?.getAttribute('content');
    expect(og('title')).toBe(claim.label);
    expect(og('type')).toBe('article');
    const verdictAr = {
      accurate: 'دقيق',
      'mostly-accurate': 'دقيق في معظمه',
      misleading: 'مضلّل',
      false: 'خاطئ',
      unverifiable: 'لا يمكن التحقق منه',
      opinion: 'رأي لا يُتحقق منه',
    };
    expect(og('description')!.startsWith(`${verdictAr[claim.review!.verdict]}:`)).toBe(true);
    expect(og('description')).toContain(claim.text.slice(0, 30));
    expect(document.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary');
  });

  it('the feed is valid XML and lists every reviewed claim', () => {
    const xml = readFileSync(join(siteDir, 'reviews.xml'), 'utf8');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.nodeName).toBe('rss');
    const links = [...doc.querySelectorAll('item > link')].map((l) => l.textContent);
    expect(links.sort()).toEqual(reviewed.map((c) => `http://localhost:4321${claimUrl(c.id)}`).sort());
    for (const date of doc.querySelectorAll('item > pubDate')) expect(Number.isNaN(Date.parse(date.textContent ?? ''))).toBe(false);
  });

  it('the sitemap lists claim and article pages', () => {
    const xml = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const urls = [...doc.querySelectorAll('url > loc')].map((l) => l.textContent);
    for (const c of data.claims) expect(urls).toContain(`http://localhost:4321${claimUrl(c.id)}`);
    for (const a of data.articles) expect(urls).toContain(`http://localhost:4321${articleUrl(a.id)}`);
    expect(urls.some((u) => u?.includes('404'))).toBe(false);
  });

  it('the corrections page lists every dated update of every review', () => {
    const list = corrections(data.claims);
    // Only changes made after a review was published (the seeds' reviews have none; the test review has one).
    expect(list.length).toBeGreaterThan(0);
    for (const c of list) expect(c.date > c.claim.review!.reviewed, `${c.claim.id} ${c.date}`).toBe(true);
    const { document } = page(siteDir, 'corrections/index.html');
    const items = [...document.querySelectorAll('main ol > li')];
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(list.map((c) => c.date));
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(list.map((c) => claimUrl(c.claim.id)));
  });
});

describe('cite this claim', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('without JavaScript the citations are plain text with the permanent URL', () => {
    const claim = reviewed[0]!;
    const { document } = page(siteDir, `claims/${claim.id}/index.html`);
    const ar = textOf(document.getElementById('cite-ar'));
    expect(ar).toContain(`«${claim.text}»`);
    expect(ar).toContain(`http://localhost:4321${claimUrl(claim.id)}`);
    expect(ar).toContain('[تاريخ اطلاعك]');
    expect(textOf(document.getElementById('cite-en'))).toMatch(/Claims Tracker, http:\/\/localhost:4321\/claims\/.+, accessed \[date you read it\]\.$/);
    for (const b of document.querySelectorAll('button[data-copy]')) expect(b.hasAttribute('hidden')).toBe(true);
  });

  it('a link with a text fragment (#:~:text=) opens the article normally, without errors', async () => {
    const article = data.articles.find((a) => a.id.startsWith('003'))!;
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${siteUrl}${articleUrl(article.id)}#:~:text=${encodeURIComponent('براغماتية أمنية')}`);
    expect((await page.locator('h1').innerText()).trim()).toBe(article.title.text);
    expect(await page.locator('.article-body span.sentence').count()).toBe(article.sentences.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in Chromium, the copy button copies the citation, by keyboard', async () => {
    const claim = reviewed.find((c) => c.speaker) ?? reviewed[0]!;
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
    const page = await context.newPage();
    await page.goto(siteUrl + claimUrl(claim.id));
    const button = page.locator('button[data-copy="cite-en"]');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-copy-status]')?.textContent === 'نُسخ.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await page.locator('#cite-en').innerText()).replace(/\s+/g, ' ').trim());
    expect(copied).toContain(`“${claim.text}”`);
    expect(copied).not.toContain('[date you read it]');
    await context.close();
  });
});
