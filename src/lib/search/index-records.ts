/**
 * What the search index holds, built from the pipeline's data (not from the built pages): one
 * record per article, per REVIEWED claim and per person, each a small HTML document for
 * Pagefind (docs/search.md). An article's record carries its UNREVIEWED claims as sections
 * under headings with ids, which Pagefind returns as sub-results: a claim is found without a
 * page of its own in the index. URLs are the Arabic ones; the search page maps them to the
 * reader's language.
 */
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { ArticleRecord } from '../schemas/article.ts';
import type { Claim } from '../schemas/claim.ts';
import type { PersonRecord } from '../schemas/people.ts';
import { articleUrl, claimUrl, personUrl } from '../urls.ts';

export interface SearchRecord {
  url: string;
  /** A whole HTML document, as Pagefind's addHTMLFile takes it. */
  content: string;
}

/**
 * The id of an unreviewed claim's heading in its article's record: `claim-<id>_<kind>_<speaker id>`.
 * Pagefind gives a sub-result only its heading's id and text, so the id also carries what the
 * search page needs to filter and label it (kind, speaker); `_` never occurs in either id.
 */
export const claimAnchor = (claim: Pick<Claim, 'id' | 'kind' | 'speaker'>): string => `claim-${claim.id}_${claim.kind}_${claim.speaker?.id ?? ''}`;

/** The parts of a sub-result's anchor id (see claimAnchor); undefined for any other heading. */
export function parseClaimAnchor(anchor: string): { id: string; kind: string; speaker?: string } | undefined {
  const match = /^claim-([a-z0-9][a-z0-9-]*)_([a-z]+)_([a-z0-9-]*)$/.exec(anchor);
  if (!match) return undefined;
  return { id: match[1]!, kind: match[2]!, ...(match[3] && { speaker: match[3] }) };
}

/** Meta (shown, and searched by Pagefind), filters (ids, never searched) and the sort key, as Pagefind reads them from data attributes. */
function searchData(meta: Record<string, string | undefined>, filters: Record<string, (string | undefined)[]>, date?: string): Element {
  const spans: ElementContent[] = [];
  for (const [key, value] of Object.entries(meta)) if (value) spans.push(h('span', { 'data-pagefind-meta': `${key}:${value}` }));
  for (const [key, values] of Object.entries(filters))
    for (const value of new Set(values)) if (value) spans.push(h('span', { 'data-pagefind-filter': `${key}:${value}` }));
  if (date) spans.push(h('span', { 'data-pagefind-sort': `date:${date}` }));
  return h('div', { hidden: true }, spans);
}

// Raw HTML only ever comes from a review's body, which the pipeline has already sanitised.
const doc = (body: ElementContent[]): string => toHtml(h('html', { lang: 'ar' }, [h('head'), h('body', body)]), { allowDangerousHtml: true });
const day = (article: ArticleRecord) => article.meta.published?.slice(0, 10);
const spokenBy = (claim: Claim) => claim.speaker?.name ?? claim.source;

/** An article: its headline, its text, then each unreviewed claim under its own heading with its speaker. */
export function articleRecord(article: ArticleRecord, claims: Claim[]): SearchRecord {
  const unreviewed = claims.filter((c) => !c.review);
  const body: ElementContent[] = [
    searchData(
      { title: article.title.text },
      {
        // An article with unreviewed claims is also where those claims are found.
        type: ['article', unreviewed.length ? 'claim' : undefined],
        kind: unreviewed.map((c) => c.kind),
        verdict: unreviewed.length ? ['unreviewed'] : [],
        speaker: unreviewed.map((c) => c.speaker?.id),
        article: [article.id],
        outlet: [article.meta.outlet],
      },
      day(article),
    ),
    h('h1', article.title.text),
    ...article.blocks.map((b) => h('p', b.text)),
  ];
  for (const claim of unreviewed) {
    // The claim's words weigh most, as on its own page; they are also in the text above.
    body.push(h('h2', { id: claimAnchor(claim), 'data-pagefind-weight': '10' }, claim.text));
    const by = spokenBy(claim);
    if (by) body.push(h('p', by));
  }
  return { url: articleUrl(article.id), content: doc(body) };
}

/** A reviewed claim: its label when not cut from its words, its words, its speaker, and the review. */
export function reviewedClaimRecord(claim: Claim & { review: NonNullable<Claim['review']> }, article: ArticleRecord): SearchRecord {
  const { review } = claim;
  const body: ElementContent[] = [
    searchData(
      { title: claim.label, speaker: spokenBy(claim) },
      {
        type: ['claim'],
        kind: [claim.kind],
        verdict: [review.verdict],
        speaker: [claim.speaker?.id],
        article: [article.id],
        outlet: [article.meta.outlet],
      },
      day(article),
    ),
    // A label cut from the claim's own words is not indexed twice: results would show it twice.
    ...(claim.text.includes(claim.label) ? [] : [h('h1', claim.label)]),
    h('blockquote', { 'data-pagefind-weight': '10' }, claim.text),
    h('p', review.summary),
    h('div', [{ type: 'raw', value: review.bodyHtml } as unknown as ElementContent]),
    ...review.sources.map((s) => h('p', [s.title, s.publisher, s.quote, s.note].filter(Boolean).join(' — '))),
  ];
  return { url: claimUrl(claim.id), content: doc(body) };
}

/** A person: the name, as written in Arabic and in English. */
export function personRecord(person: PersonRecord): SearchRecord {
  const body: ElementContent[] = [
    searchData({ title: person.name, speaker: person.name }, { type: ['person'], speaker: [person.claimIds.length ? person.id : undefined] }),
    h('h1', person.name),
    ...(person.nameEn ? [h('p', person.nameEn)] : []),
  ];
  return { url: personUrl(person.id), content: doc(body) };
}

/** Every record of the site: articles (with their unreviewed claims), reviewed claims, people. */
export function searchRecords(data: { articles: ArticleRecord[]; claims: Claim[]; people: PersonRecord[] }): SearchRecord[] {
  const byId = new Map(data.claims.map((c) => [c.id, c]));
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const records = data.articles.map((a) =>
    articleRecord(
      a,
      a.claimIds.map((id) => byId.get(id)).filter((c): c is Claim => Boolean(c)),
    ),
  );
  for (const claim of data.claims) {
    const article = articles.get(claim.articleId);
    if (claim.review && article) records.push(reviewedClaimRecord({ ...claim, review: claim.review }, article));
  }
  for (const person of data.people) records.push(personRecord(person));
  return records;
}
