/**
 * The home page shows what the site does before anything else: the count of each verdict, the
 * latest fact-checks with their verdicts, the most-cited people, then the articles, whose cards
 * say what is known of them and nothing about what is not.
 */
import { describe, expect, inject, it } from 'vitest';
import { strings } from '../../src/i18n/index.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { VERDICTS } from '../../src/lib/schemas/review.ts';
import { page, textOf } from '../helpers/html.ts';
import { ROOT } from '../helpers/seeds.ts';

const siteDir = inject('siteDir');
const data = runPipeline({ seedsDir: inject('seedsDir'), contentDir: inject('contentDir'), root: ROOT });
const reviewed = data.claims.filter((c) => c.review);

describe('the home page', () => {
  for (const [lang, file] of [
    ['ar', 'index.html'],
    ['en', 'en/index.html'],
  ] as const) {
    const { t, plural } = strings(lang);
    const { document } = page(siteDir, file);

    it(`(${lang}) counts the fact-checks of each verdict, each linked to its list`, () => {
      const items = [...document.querySelectorAll('[data-verdict-counts] li')];
      const expected = VERDICTS.map((v) => ({ v, n: reviewed.filter((c) => c.review!.verdict === v).length })).filter((x) => x.n > 0);
      expect(items.map((li) => li.querySelector('[data-verdict]')!.getAttribute('data-verdict'))).toEqual(expected.map((x) => x.v));
      items.forEach((li, i) => {
        expect(textOf(li)).toContain(plural('claims.count', expected[i]!.n));
        expect(li.querySelector('a')!.getAttribute('href')).toBe(`${lang === 'en' ? '/en' : ''}/fact-checks/${expected[i]!.v}/`);
      });
    });

    it(`(${lang}) shows the latest fact-checks with their verdict badges, before the articles`, () => {
      const latest = [...document.querySelectorAll('section[aria-labelledby="latest-title"] [data-claim]')];
      expect(latest.length).toBe(Math.min(5, reviewed.length));
      for (const li of latest) {
        const claim = reviewed.find((c) => c.id === li.getAttribute('data-claim'))!;
        expect(li.querySelector('[data-verdict]')!.getAttribute('data-verdict')).toBe(claim.review!.verdict);
      }
      const dates = latest.map((li) => reviewed.find((c) => c.id === li.getAttribute('data-claim'))!.review!.reviewed);
      expect(dates).toEqual([...dates].sort().reverse());
      const html = document.querySelector('main')!.innerHTML;
      expect(html.indexOf('latest-title')).toBeLessThan(html.indexOf('articles-title'));
      expect(document.querySelectorAll('[data-top-people] li').length).toBeGreaterThan(0);
    });

    it(`(${lang}) article cards never lead with "outlet unknown · date unknown"`, () => {
      const cards = [...document.querySelectorAll('[data-article]')];
      expect(cards).toHaveLength(data.articles.length);
      for (const card of cards) {
        expect(textOf(card)).not.toContain(t('meta.outletUnknown'));
        expect(textOf(card)).not.toContain(t('meta.dateUnknown'));
        const article = data.articles.find((a) => a.id === card.getAttribute('data-article'))!;
        expect(textOf(card)).toContain(plural('claims.count', article.claimIds.length));
      }
    });
  }
});
