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
  it('every page has exactly one canonical URL, its own; a redirect page names its target', () => {
    expect(htmlFiles.length).toBeGreaterThan(40);
    for (const file of htmlFiles) {
      const { document } = page(siteDir, file);
      const links = document.querySelectorAll('link[rel="canonical"]');
      expect(links.length, file).toBe(1);
      const path = `/${file.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;
      // The English address of a claim with only its Arabic page (src/lib/urls.ts).
      const redirect = document
        .querySelector('meta[http-equiv="refresh"]')
        ?.getAttribute('content')
        ?.replace(/^0; url=/, '');
      if (redirect) expect([path.startsWith('/en/claims/'), `/en${redirect}`], file).toEqual([true, path]);
      if (file !== '404.html') expect(links[0]!.getAttribute('href'), file).toBe(`http://localhost:4321${redirect ?? path}`);
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
    expect(document.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
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

  const citations = (path: string) => {
    const { document } = page(siteDir, path);
    return { document, ar: textOf(document.getElementById('cite-ar')), en: textOf(document.getElementById('cite-en')) };
  };
  const dateAr = (iso: string) => new Intl.DateTimeFormat('ar-u-nu-latn', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const dateEn = (iso: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

  it('without JavaScript the citations are plain text with the verdict, the review date and the permanent URL', () => {
    const claim = reviewed.find((c) => c.review!.verdict === 'mostly-accurate')!;
    const { document, ar, en } = citations(`claims/${claim.id}/index.html`);
    expect(ar).toContain(`«${claim.text}»`);
    expect(ar).toContain(`الحكم: دقيق في معظمه، راجعه المحررون في ${dateAr(claim.review!.reviewed)}.`);
    expect(ar).toContain(`http://localhost:4321${claimUrl(claim.id)}`);
    expect(ar).toContain('[تاريخ اطلاعك]');
    expect(en).toContain(`Verdict: Mostly accurate, reviewed ${dateEn(claim.review!.reviewed)}.`);
    expect(en).toMatch(/Claims Tracker, http:\/\/localhost:4321\/claims\/.+, accessed \[date you read it\]\.$/);
    for (const b of document.querySelectorAll('button[data-copy]')) expect(b.hasAttribute('hidden')).toBe(true);
    // One button per language, each saying which citation it copies.
    expect([...document.querySelectorAll('button[data-copy^="cite-"]')].map((b) => textOf(b))).toEqual([
      'انسخ الرابط',
      'انسخ الاستشهاد العربي',
      'انسخ الاستشهاد الإنجليزي',
    ]);
  });

  it('cites a speaker by name, and otherwise the article itself: never an unnamed source as the author', () => {
    const named = data.claims.find((c) => c.attribution === 'named' && c.speaker)!;
    expect(citations(`claims/${named.id}/index.html`).ar.startsWith(`${named.speaker!.name}: «`)).toBe(true);
    const unnamed = data.claims.find((c) => c.attribution === 'unnamed' && c.source && !c.speaker)!;
    const cited = citations(`claims/${unnamed.id}/index.html`);
    expect(cited.ar.startsWith(`المقال، نقلًا عن «${unnamed.source}»: «`)).toBe(true);
    expect(cited.en.startsWith(`The article, citing “${unnamed.source}”: “`)).toBe(true);
    const own = data.claims.find((c) => c.attribution === 'outlet' && !c.review)!;
    const ownCited = citations(`claims/${own.id}/index.html`);
    expect(ownCited.ar.startsWith('المقال بلسانه: «')).toBe(true);
    expect(ownCited.ar).toContain('لم يُراجَع بعد.');
    expect(ownCited.en.startsWith('The article, in its own voice: “')).toBe(true);
    expect(ownCited.en).toContain('Not yet reviewed.');
    expect(ownCited.en).not.toContain('Verdict:');
  });

  it('names the outlet and the date when they are known, and leaves them out when not', () => {
    for (const article of data.articles) {
      const claim = data.claims.find((c) => c.articleId === article.id)!;
      const { ar } = citations(`claims/${claim.id}/index.html`);
      const where = ar.slice(ar.indexOf(`في: «${article.title.text}»`));
      if (article.meta.outlet) expect(where).toContain(`»، ${article.meta.outlet}`);
      if (article.meta.published) expect(where).toContain(dateAr(article.meta.published.slice(0, 10)));
      expect(ar).not.toContain('غير معروفة');
      expect(ar).not.toContain('من دون تاريخ');
    }
  });

  it('the English citation gives the English label, with the original words', () => {
    const claim = reviewed.find((c) => c.labelEn)!;
    const { en } = citations(`en/claims/${claim.id}/index.html`);
    expect(en).toContain(`“${claim.labelEn}” (original: “${claim.text}”)`);
    expect(en).toContain(`http://localhost:4321/en${claimUrl(claim.id)}`);
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
    // A visible state on the button itself, and the live region for screen readers.
    expect((await button.innerText()).trim()).toBe('نُسخ ✓');
    expect(await button.getAttribute('data-state')).toBe('copied');
    expect(await page.locator('[data-copy-status]').getAttribute('aria-live')).toBe('polite');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await page.locator('#cite-en').innerText()).replace(/\s+/g, ' ').trim());
    expect(copied).toContain(claim.labelEn ? `“${claim.labelEn}” (original: “${claim.text}”)` : `“${claim.text}”`);
    expect(copied).toMatch(/Verdict: .+, reviewed \d{1,2} \w+ \d{4}\./);
    expect(copied).not.toContain('[date you read it]');
    // The button returns to its label after a few seconds.
    await page.waitForFunction(() => document.querySelector('button[data-copy="cite-en"]')?.textContent?.trim() === 'انسخ الاستشهاد الإنجليزي', null, {
      timeout: 6000,
    });
    await context.close();
  });
});
