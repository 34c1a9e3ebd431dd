/**
 * Verdicts in an article's text (issue 16, items 2 and 10): each reviewed claim carries its
 * verdict's colour, symbol and word; an unreviewed claim a quiet underline and no verdict;
 * opinions a dotted line; a legend says so; the sentence reached by `#s-…` is marked out; each
 * sentence has a link and a copy button that shows it copied; an English quotation inside
 * Arabic reasoning is isolated, so its full stop stays at its end.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { ar } from '../../src/i18n/ar.ts';
import { en } from '../../src/i18n/en.ts';
import { localePath } from '../../src/i18n/index.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { VERDICT_SYMBOL } from '../../src/lib/render/verdict-marks.ts';
import { articleUrl, claimUrl } from '../../src/lib/urls.ts';
import { launchChromium } from '../helpers/browser.ts';
import { page, textOf } from '../helpers/html.ts';
import { ROOT } from '../helpers/seeds.ts';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
const data = runPipeline({ seedsDir: inject('seedsDir'), contentDir: inject('contentDir'), root: ROOT });
const seedArticles = data.articles.filter((a) => /^\d{3}_/.test(a.id));
const claimsOf = (articleId: string) => data.claims.filter((c) => c.articleId === articleId);
const STRINGS = { ar, en } as const;
const ARTICLE = '003_099b512de9b6ebb4';

describe.each(['ar', 'en'] as const)('the marks in the built article pages (%s)', (lang) => {
  const file = (id: string) => `${localePath(lang, articleUrl(id)).slice(1)}index.html`;

  it('every reviewed claim carries its verdict in words and its symbol; every other claim none', () => {
    let reviewed = 0;
    for (const article of seedArticles) {
      const { document } = page(siteDir, file(article.id));
      for (const claim of claimsOf(article.id)) {
        const link = document.getElementById(`claim-${claim.id}`);
        expect(link, claim.id).not.toBeNull();
        const verdict = link!.querySelector('.claim-verdict');
        if (claim.review) {
          reviewed++;
          expect(link!.classList.contains('claim-reviewed')).toBe(true);
          expect(link!.getAttribute('data-verdict')).toBe(claim.review.verdict);
          expect(textOf(verdict)).toBe(`${VERDICT_SYMBOL[claim.review.verdict]} ${STRINGS[lang][`verdict.${claim.review.verdict}`]}`);
          expect(verdict!.getAttribute('lang')).toBe(lang);
        } else {
          expect(link!.classList.contains('claim-unreviewed')).toBe(true);
          expect(link!.hasAttribute('data-verdict')).toBe(false);
          expect(verdict).toBeNull();
        }
        expect(link!.querySelector('mark')!.classList.contains(`claim-${claim.kind}`)).toBe(true);
      }
    }
    expect(reviewed).toBe(data.claims.filter((c) => c.review && seedArticles.some((a) => a.id === c.articleId)).length);
    expect(reviewed).toBeGreaterThan(3);
  });

  it('a legend above the text explains the marks in the language of the page', () => {
    const { document } = page(siteDir, file(ARTICLE));
    const legend = document.querySelector('section[aria-labelledby="marks-title"]');
    expect(textOf(legend?.querySelector('h2'))).toBe(STRINGS[lang]['article.marks.title']);
    const text = textOf(legend);
    for (const key of ['article.marks.reviewed', 'article.marks.unreviewed', 'article.marks.opinion', 'article.marks.link'] as const) {
      expect(text).toContain(STRINGS[lang][key]);
    }
    // Before the text it explains.
    const body = document.querySelector('.article-body')!;
    expect(legend!.compareDocumentPosition(body) & 4).toBe(4);
  });

  it("each claim's description for screen readers is marked in the language of the page, not the article's", () => {
    const { document } = page(siteDir, file(ARTICLE));
    const descriptions = [...document.querySelectorAll('.article-body .sr-only')];
    expect(descriptions.length).toBe(claimsOf(ARTICLE).length);
    for (const d of descriptions) expect(d.getAttribute('lang')).toBe(lang);
  });

  it('every sentence ends with its own link and a copy button hidden until the script runs', () => {
    const article = seedArticles.find((a) => a.id === ARTICLE)!;
    const { document } = page(siteDir, file(ARTICLE));
    for (const s of article.sentences) {
      const link = document.querySelector(`#${s.id} > a.sentence-link`);
      expect(link?.getAttribute('href')).toBe(`#${s.id}`);
      expect(link?.getAttribute('aria-label')).toBe(STRINGS[lang]['article.sentenceLink']);
      const button = document.querySelector(`#${s.id} > button.sentence-copy`);
      expect(button?.hasAttribute('hidden')).toBe(true);
      expect(textOf(button)).toBe(STRINGS[lang]['article.copySentenceLink']);
    }
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  const open = async (path: string, options: BrowserContextOptions = {}) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', serviceWorkers: 'block', ...options });
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(siteUrl + path);
    return { tab, context, errors };
  };

  it('colour never marks a claim alone: reviewed ones are tinted, the rest only underlined, opinions dotted', async () => {
    const { tab, context } = await open(articleUrl(ARTICLE));
    const claims = claimsOf(ARTICLE);
    const styles = await tab.evaluate(
      (ids) => {
        return ids.map((id) => {
          const mark = document.querySelector(`#claim-${id} mark`)!;
          const s = getComputedStyle(mark);
          return { background: s.backgroundColor, line: s.textDecorationLine, style: s.textDecorationStyle };
        });
      },
      claims.map((c) => c.id),
    );
    const transparent = 'rgba(0, 0, 0, 0)';
    claims.forEach((claim, i) => {
      const s = styles[i]!;
      expect(s.line, claim.id).toBe('underline');
      expect(s.style, claim.id).toBe(claim.kind === 'opinion' || claim.kind === 'prediction' ? 'dotted' : 'solid');
      if (claim.review) expect(s.background, claim.id).not.toBe(transparent);
      else expect(s.background, claim.id).toBe(transparent);
    });
    // Two verdicts in the text look different.
    const verdicts = [...new Set(claims.filter((c) => c.review).map((c) => c.review!.verdict))];
    if (verdicts.length > 1) expect(new Set(styles.filter((_, i) => claims[i]!.review).map((s) => s.background)).size).toBeGreaterThan(1);
    await context.close();
  });

  it('the sentence reached by its link is marked out, without reaching into the line above', async () => {
    const article = seedArticles.find((a) => a.id === ARTICLE)!;
    const [target, other] = [article.sentences[3]!, article.sentences[6]!];
    const { tab, context } = await open(`${articleUrl(ARTICLE)}#${target.id}`);
    const style = (id: string) =>
      tab.locator(`#${id}`).evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          background: s.backgroundColor,
          shadow: s.boxShadow,
          paddingTop: s.paddingTop,
          link: getComputedStyle(el.querySelector('.sentence-link')!).opacity,
        };
      });
    const marked = await style(target.id);
    const plain = await style(other.id);
    expect(marked.background).not.toBe(plain.background);
    expect(marked.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(marked.shadow).not.toBe('none');
    expect(marked.paddingTop).toBe('0px');
    // The link of the sentence reached shows; the others wait for hover or focus.
    expect(marked.link).toBe('1');
    expect(plain.link).toBe('0');
    // In view, with room above it.
    const top = await tab.locator(`#${target.id}`).evaluate((el) => el.getClientRects()[0]!.top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(900 / 2);
    await context.close();
  });

  it('a claim reached by #claim-… is marked out the same way', async () => {
    const claim = claimsOf(ARTICLE).find((c) => c.review)!;
    const { tab, context } = await open(`${articleUrl(ARTICLE)}#claim-${claim.id}`);
    const shadow = await tab.locator(`#claim-${claim.id}`).evaluate((el) => getComputedStyle(el).boxShadow);
    expect(shadow).not.toBe('none');
    await context.close();
  });

  it.each(['ar', 'en'] as const)('"copy link to this sentence" copies the permanent address of the sentence and says so (%s)', async (lang) => {
    const article = seedArticles.find((a) => a.id === ARTICLE)!;
    const sentence = article.sentences[2]!;
    const path = localePath(lang, articleUrl(ARTICLE));
    const { tab, context, errors } = await open(path, { permissions: ['clipboard-read', 'clipboard-write'] });
    const button = tab.locator(`#${sentence.id} button.sentence-copy`);
    expect(await button.isVisible()).toBe(false);
    await tab.locator(`#${sentence.id}`).hover();
    expect(await button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => button.getAttribute('data-state')).toBe('copied');
    expect(await button.innerText()).toContain(STRINGS[lang]['article.sentenceLinkCopied']);
    expect(await tab.locator('[data-sentence-status]').textContent()).toBe(STRINGS[lang]['article.sentenceLinkCopied']);
    // The canonical address of the page (the site's own), with the sentence's fragment.
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(`http://localhost:4321${path}#${sentence.id}`);
    // Still in view once the pointer leaves, so the reader sees it worked.
    await tab.mouse.move(0, 0);
    expect(await button.isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the keyboard reaches a sentence link, and its copy button right after it', async () => {
    const { tab, context } = await open(articleUrl(ARTICLE));
    let focused = '';
    for (let i = 0; i < 60 && focused !== 'sentence-link'; i++) {
      await tab.keyboard.press('Tab');
      focused = await tab.evaluate(() => document.activeElement?.className ?? '');
    }
    expect(focused).toBe('sentence-link');
    // The link fades in on focus: wait out the transition (it throws after its timeout when the link stays hidden).
    await tab.waitForFunction(() => getComputedStyle(document.activeElement!).opacity === '1', undefined, { timeout: 5_000 });
    await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.className)).toBe('sentence-copy');
    await context.close();
  });

  it.each(['ar', 'en'] as const)('an English quotation in Arabic reasoning keeps its quotation marks and full stop at its end (%s)', async (lang) => {
    // A reviewed claim whose reasoning quotes a whole English sentence.
    const QUOTE = /<bdi>("[A-Z][^"<]+\.")<\/bdi>/;
    const claim = data.claims.find((c) => c.review && QUOTE.test(c.review.bodyHtml));
    expect(claim, 'a review quoting an English sentence').toBeDefined();
    const quote = QUOTE.exec(claim!.review!.bodyHtml)![1]!;
    const { tab, context } = await open(localePath(lang, claimUrl(claim!.id)));
    const bdi = tab.locator('.review-body bdi', { hasText: quote.slice(1, 40) }).first();
    const geometry = await bdi.evaluate((el) => {
      const text = el.firstChild as Text;
      const rect = (from: number, to: number) => {
        const range = document.createRange();
        range.setStart(text, from);
        range.setEnd(text, to);
        const rects = range.getClientRects();
        return rects[rects.length - 1]!;
      };
      const n = text.data.length;
      const opening = rect(0, 1);
      const first = rect(1, 2);
      const stop = rect(n - 2, n - 1);
      const before = rect(n - 3, n - 2);
      return {
        direction: getComputedStyle(el).direction,
        bidi: getComputedStyle(el).unicodeBidi,
        openingLeftOfFirstLetter: opening.left < first.left,
        stopRightOfLastLetter: stop.left > before.left,
        parentDirection: getComputedStyle(el.parentElement!).direction,
      };
    });
    expect(geometry).toEqual({ direction: 'ltr', bidi: 'isolate', openingLeftOfFirstLetter: true, stopRightOfLastLetter: true, parentDirection: 'rtl' });
    await context.close();
  });
});
