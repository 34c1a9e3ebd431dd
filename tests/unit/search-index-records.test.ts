/** The search index's records, built from the pipeline's data: articles with their unreviewed claims as sub-results, reviewed claims, people. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { claimAnchor, parseClaimAnchor, searchRecords } from '../../src/lib/search/index-records.ts';
import { claimHit, pageUrl } from '../../src/lib/search/result-urls.ts';
import { articleUrl, claimUrl, personUrl } from '../../src/lib/urls.ts';
import { seedsPipeline } from '../helpers/pipeline.ts';

const data = seedsPipeline();
const records = searchRecords(data);
const page = (url: string) => parseHTML(records.find((r) => r.url === url)!.content).document;
const filters = (doc: Document, name: string) =>
  [...doc.querySelectorAll('[data-pagefind-filter]')]
    .map((e) => e.getAttribute('data-pagefind-filter')!)
    .filter((f) => f.startsWith(`${name}:`))
    .map((f) => f.slice(name.length + 1));

describe('searchRecords', () => {
  it('has one record per article, per reviewed claim and per person: at most a few per article', () => {
    const reviewed = data.claims.filter((c) => c.review);
    expect(reviewed.length).toBeGreaterThan(0);
    expect(records.map((r) => r.url).sort()).toEqual(
      [...data.articles.map((a) => articleUrl(a.id)), ...reviewed.map((c) => claimUrl(c.id)), ...data.people.map((p) => personUrl(p.id))].sort(),
    );
  });

  it('puts each unreviewed claim of an article under a heading whose id names it, its kind and speaker, with the speaker’s name', () => {
    const article = data.articles[0]!;
    const doc = page(articleUrl(article.id));
    expect(doc.querySelector('h1')!.textContent).toBe(article.title.text);
    const unreviewed = data.claims.filter((c) => c.articleId === article.id && !c.review);
    const headings = [...doc.querySelectorAll('h2[id]')];
    expect(headings.map((h) => h.id)).toEqual(unreviewed.map(claimAnchor));
    expect(headings.map((h) => h.textContent)).toEqual(unreviewed.map((c) => c.text));
    const named = unreviewed.find((c) => c.speaker)!;
    expect(doc.getElementById(claimAnchor(named))!.nextElementSibling!.textContent).toBe(named.speaker!.name);
    // The article is also where its unreviewed claims are found by kind, speaker and "unreviewed".
    expect(filters(doc, 'type')).toEqual(['article', 'claim']);
    expect(filters(doc, 'verdict')).toEqual(['unreviewed']);
    expect(new Set(filters(doc, 'kind'))).toEqual(new Set(unreviewed.map((c) => c.kind)));
  });

  it('indexes a reviewed claim on its own, with its verdict, and not in its article', () => {
    const claim = data.claims.find((c) => c.review)!;
    const doc = page(claimUrl(claim.id));
    expect(doc.querySelector('blockquote')!.textContent).toBe(claim.text);
    expect(filters(doc, 'verdict')).toEqual([claim.review!.verdict]);
    expect(filters(doc, 'type')).toEqual(['claim']);
    expect(page(articleUrl(claim.articleId)).getElementById(claimAnchor(claim))).toBeNull();
  });

  it('escapes text: an article’s words never become markup', () => {
    const article = { ...data.articles[0]!, title: { text: '<img src=x onerror=alert(1)>' } };
    const doc = parseHTML(searchRecords({ articles: [article], claims: [], people: [] })[0]!.content).document;
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelector('h1')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('where a result leads', () => {
  it('an unreviewed claim’s sub-result leads to its one page in both languages', () => {
    const claim = data.claims.find((c) => !c.review && c.speaker)!;
    expect(parseClaimAnchor(claimAnchor(claim))).toEqual({ id: claim.id, kind: claim.kind, speaker: claim.speaker!.id });
    expect(claimHit(claimAnchor(claim))).toEqual({ id: claim.id, kind: claim.kind, speaker: claim.speaker!.id, url: claimUrl(claim.id) });
    expect(claimHit('some-heading')).toBeUndefined();
    expect(claimHit(undefined)).toBeUndefined();
  });

  it('pages of the index lead to their English twin on English pages', () => {
    expect(pageUrl('/articles/a/', 'en')).toBe('/en/articles/a/');
    expect(pageUrl('/claims/c/', 'en')).toBe('/en/claims/c/');
    expect(pageUrl('/people/p/', 'ar')).toBe('/people/p/');
  });
});
