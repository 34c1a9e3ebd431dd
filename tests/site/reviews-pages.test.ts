/** Reviewed claims in the built site: ClaimReview JSON-LD, verdict badges, links on both sides. */
import { describe, expect, inject, it } from 'vitest';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { claimUrl } from '../../src/lib/urls.ts';
import { page, textOf } from '../helpers/html.ts';
import { ROOT } from '../helpers/seeds.ts';

const siteDir = inject('siteDir');
const result = runPipeline({ seedsDir: inject('seedsDir'), contentDir: inject('contentDir'), root: ROOT });
const reviewed = result.claims.filter((c) => c.review);
const jsonLd = (id: string) =>
  [...page(siteDir, `claims/${id}/index.html`).document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ''));

describe('ClaimReview', () => {
  it('at least eight seed claims carry a review with sources', () => {
    expect(reviewed.length).toBeGreaterThanOrEqual(8);
    for (const c of reviewed) if (c.review!.verdict !== 'opinion') expect(c.review!.sources.length).toBeGreaterThan(0);
  });

  it.each(reviewed.map((c) => [c.id, c] as const))('%s has valid ClaimReview JSON-LD', (id, claim) => {
    const [data, ...rest] = jsonLd(id);
    expect(rest).toEqual([]);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: claim.text,
      datePublished: claim.review!.reviewed,
      url: `http://localhost:4321${claimUrl(id)}`,
      author: { '@type': 'Organization', name: 'متتبّع الادعاءات' },
      reviewRating: { '@type': 'Rating', bestRating: 5, worstRating: 1 },
      itemReviewed: { '@type': 'Claim', appearance: { '@type': 'CreativeWork' }, firstAppearance: { '@type': 'CreativeWork' } },
    });
    const rating = data.reviewRating;
    expect(typeof rating.alternateName).toBe('string');
    expect([5, 4, 2, 1, -1]).toContain(rating.ratingValue);
    expect(rating.ratingValue === -1).toBe(['unverifiable', 'opinion'].includes(claim.review!.verdict));
    const article = result.articles.find((a) => a.id === claim.articleId)!;
    expect(data.itemReviewed.appearance.headline).toBe(article.title.text);
    // A body that speaks (the attribution says so) is an Organization, a person a Person.
    const type = claim.attribution === 'institution' ? 'Organization' : 'Person';
    if (claim.speaker) expect(data.itemReviewed.author).toMatchObject({ '@type': type, name: claim.speaker.name });
  });

  it('unreviewed claims have no ClaimReview and say so', () => {
    const unreviewed = result.claims.filter((c) => !c.review);
    expect(unreviewed.length).toBeGreaterThan(10);
    for (const c of unreviewed) {
      expect(jsonLd(c.id)).toEqual([]);
      expect(textOf(page(siteDir, `claims/${c.id}/index.html`).document.querySelector('main'))).toContain('لم يُراجَع بعد');
    }
  });

  it('a reviewed page shows the verdict in words, the summary, sources by stance and the update log', () => {
    const claim = reviewed.find((c) => c.review!.updates.length > 0) ?? reviewed[0]!;
    const { document } = page(siteDir, `claims/${claim.id}/index.html`);
    const section = document.querySelector('section[aria-labelledby="review-title"]')!;
    expect(textOf(section)).toContain(claim.review!.summary);
    for (const s of claim.review!.sources) expect(section.querySelector(`a[href="${new URL(s.url).href}"]`), s.url).not.toBeNull();
    for (const u of claim.review!.updates) expect(section.querySelector(`time[datetime="${u.date}"]`)).not.toBeNull();
    expect(textOf(document.querySelector('main'))).not.toContain('لم يُراجَع بعد');
  });
});

describe('links on both sides', () => {
  const pairs = result.claims.flatMap((c) => (['same', 'opposes'] as const).flatMap((type) => c.links[type].map((l) => ({ from: c, to: l.id, type }))));

  it.each(['same', 'opposes'] as const)('every %s link shows on both pages', (type) => {
    const list = pairs.filter((p) => p.type === type);
    expect(list.length).toBeGreaterThanOrEqual(2);
    for (const { from, to } of list) {
      const { document } = page(siteDir, `claims/${from.id}/index.html`);
      const section = document.querySelector(`section[aria-labelledby="links-${type}"]`)!;
      expect(section.querySelector(`a[href="${claimUrl(to)}"]`), `${from.id} → ${to}`).not.toBeNull();
      const back = page(siteDir, `claims/${to}/index.html`).document.querySelector(`section[aria-labelledby="links-${type}"]`)!;
      expect(back.querySelector(`a[href="${claimUrl(from.id)}"]`), `${to} → ${from.id}`).not.toBeNull();
    }
  });
});

describe('fact-check index, speaker record and methodology', () => {
  it('/fact-checks/ lists every reviewed claim; each verdict has its own filtered page', () => {
    const { document } = page(siteDir, 'fact-checks/index.html');
    const links = [...document.querySelectorAll('main section a[href^="/claims/"]')].map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(reviewed.map((c) => claimUrl(c.id)).sort());
    const verdict = reviewed[0]!.review!.verdict;
    const filtered = page(siteDir, `fact-checks/${verdict}/index.html`).document;
    const shown = [...filtered.querySelectorAll('main section a[href^="/claims/"]')].map((a) => a.getAttribute('href'));
    expect(shown.sort()).toEqual(
      reviewed
        .filter((c) => c.review!.verdict === verdict)
        .map((c) => claimUrl(c.id))
        .sort(),
    );
  });

  it('a speaker page shows their record by verdict', () => {
    const speaker = reviewed.find((c) => c.speaker)?.speaker ?? result.people.find((p) => p.claimIds.length > 0)!;
    const { document } = page(siteDir, `people/${speaker.id}/index.html`);
    expect(textOf(document.querySelector('#record-title'))).toBe('سجلّه بحسب الحكم');
  });

  it('the methodology page explains the scale', () => {
    const { document } = page(siteDir, 'methodology/index.html');
    expect(textOf(document.querySelector('h1'))).toBe('المنهجية');
    for (const name of ['دقيق', 'مضلّل', 'خاطئ', 'لا يمكن التحقق منه', 'رأي لا يُتحقق منه']) expect(textOf(document.querySelector('table'))).toContain(name);
  });
});
