/** Claim, people and index pages in the built HTML. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { claimUrl, personUrl } from '../../src/lib/urls.ts';
import { strings } from '../../src/i18n/index.ts';
import { page, textOf } from '../helpers/html.ts';
import { ROOT } from '../helpers/seeds.ts';

const siteDir = inject('siteDir');
const result = runPipeline({ seedsDir: inject('seedsDir'), contentDir: inject('contentDir'), root: ROOT });

describe('claim pages', () => {
  it('every claim has its page', () => {
    expect(result.claims.length).toBeGreaterThan(25);
    for (const claim of result.claims) expect(existsSync(join(siteDir, 'claims', claim.id, 'index.html')), claim.id).toBe(true);
  });

  it('a claim page shows the claim, its badges, its speaker, its context and the status "not yet reviewed"', () => {
    const claim = result.claims.find((c) => c.text.includes('آمنة ومستقرة'))!;
    const { document } = page(siteDir, `claims/${claim.id}/index.html`);
    expect(textOf(document.querySelector('h1'))).toBe(claim.label);
    expect(textOf(document.querySelector('blockquote'))).toBe(claim.text);
    const badges = [...document.querySelectorAll('article ul li')].slice(0, 3).map(textOf);
    expect(badges).toEqual(['النوع: توقّع', 'الإسناد: شخص مسمّى', 'الحالة: لم يُراجَع بعد']);
    expect(document.querySelector(`a[href="${personUrl('asim-munir')}"]`)).not.toBeNull();
    const mark = document.querySelector('.claim-current .claim-mark');
    expect(textOf(mark)).toBe(claim.text);
    expect(document.querySelector(`a[href="/articles/${claim.articleId}/#claim-${claim.id}"]`)).not.toBeNull();
    expect(textOf(document.querySelector('#why-title'))).toBe('لماذا عُدّ ادعاءً');
    // Nothing invented: no review, verdict or ClaimReview on an unreviewed claim.
    expect(document.querySelector('section[aria-labelledby="review-title"]')).toBeNull();
    expect(document.querySelector('script[type="application/ld+json"]')).toBeNull();
    for (const verdict of ['دقيق', 'مضلّل', 'خاطئ', 'لا يمكن التحقق منه']) expect(textOf(document.querySelector('article'))).not.toContain(verdict);
  });
});

describe('article pages', () => {
  it('mark every claim in place, linked to its page, numbered in text order', () => {
    for (const article of result.articles) {
      const { document } = page(siteDir, `articles/${article.id}/index.html`);
      const links = [...document.querySelectorAll('.article-body a.claim')];
      expect(links.map((a) => a.getAttribute('href'))).toEqual(article.claimIds.map(claimUrl));
      expect(links.map((a) => textOf(a.querySelector('sup')))).toEqual(article.claimIds.map((_, i) => String(i + 1)));
      for (const [i, a] of links.entries()) {
        const claim = result.claims.find((c) => c.id === article.claimIds[i])!;
        expect(textOf(a.querySelector('mark'))).toBe(claim.text);
      }
    }
  });

  it('open with a sourcing profile that adds up to the claims', () => {
    const article = result.articles.find((a) => a.id.startsWith('003'))!;
    const { document } = page(siteDir, `articles/${article.id}/index.html`);
    const profile = document.querySelector('section[aria-labelledby="sourcing-title"]')!;
    const claims = result.claims.filter((c) => c.articleId === article.id);
    const named = claims.filter((c) => c.attribution === 'named').length;
    const rows = [...profile.querySelectorAll('dt')].map(textOf);
    expect(rows).toEqual(['شخص مسمّى', 'مصدر غير مسمّى', 'مؤسسة', 'صوت الوسيلة نفسها']);
    expect(named).toBeGreaterThan(5);
    expect(textOf(profile.querySelector('dd'))).toBe(strings('ar').plural('claims.count', named));
    expect(strings('ar').plural('claims.count', 7)).toBe('7 ادعاءات');
  });

  it('list their claims after the text', () => {
    const article = result.articles[0]!;
    const { document } = page(siteDir, `articles/${article.id}/index.html`);
    const items = [...document.querySelectorAll('section[aria-labelledby="claims-title"] ol > li')];
    expect(items).toHaveLength(article.claimIds.length);
  });
});

describe('people and the claims index', () => {
  it('a person’s page lists everything they said', () => {
    const person = result.people.find((p) => p.name === 'ربيعة بوراص')!;
    const { document } = page(siteDir, `people/${person.id}/index.html`);
    expect(textOf(document.querySelector('h1'))).toBe('ربيعة بوراص');
    const links = [...document.querySelectorAll('main li a[href^="/claims/"]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(person.claimIds.map(claimUrl));
    expect(links.length).toBe(3);
  });

  it('the claims index links every claim once, across its pages', () => {
    const files = ['claims/index.html', ...readdirSync(join(siteDir, 'claims/page')).map((n) => `claims/page/${n}/index.html`)];
    const links = files
      .flatMap((file) => [...page(siteDir, file).document.querySelectorAll('main [data-claim] a[href^="/claims/"]')])
      .map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(result.claims.map((c) => claimUrl(c.id)).sort());
  });

  it('the people index links every person', () => {
    const { document } = page(siteDir, 'people/index.html');
    const links = [...document.querySelectorAll('main a[href^="/people/"]')].map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(result.people.map((p) => personUrl(p.id)).sort());
  });
});
