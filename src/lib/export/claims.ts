/**
 * The claims export (`/data/claims.json`, `/claims/<id>.json`): every claim with its article,
 * speaker, anchor, score and, when there is one, the editors' review. Pure: no Astro import,
 * so the endpoints, the tests and any script build the same thing. docs/data.md documents
 * every field; the JSON Schemas are in ./schemas.ts.
 */
import type { ArticleRecord } from '../schemas/article.ts';
import type { Attribution, Claim, ClaimKind } from '../schemas/claim.ts';
import type { Verdict } from '../schemas/review.ts';
import { articleUrl, claimUrl, personUrl } from '../urls.ts';

/** Format versions. A field removed or changing meaning → a new version; additions keep it. */
export const CLAIMS_VERSION = 1;
export const CLAIM_VERSION = 1;

/** Where each export is served, relative to the site. */
export const EXPORT_PATHS = {
  claimsJson: '/data/claims.json',
  claimsCsv: '/data/claims.csv',
  claimReviewJson: '/data/claimreview.json',
  claimJson: (id: string) => `/claims/${id}.json`,
} as const;

export const SCHEMA_PATHS = {
  claims: `/schemas/claims.v${CLAIMS_VERSION}.json`,
  claim: `/schemas/claim.v${CLAIM_VERSION}.json`,
} as const;

export interface ExportLink {
  id: string;
  url: string;
  origin: 'automatic' | 'editorial';
  rule: string | null;
}

export interface ExportSource {
  url: string;
  title: string;
  publisher: string;
  published: string | null;
  language: string;
  stance: 'supports' | 'contradicts' | 'context';
  quote: string | null;
  note: string | null;
}

/** One claim as the exports give it. */
export interface ExportClaim {
  id: string;
  url: string;
  article: { id: string; title: string; outlet: string | null; url: string | null; page: string; published: string | null; language: string };
  speaker: { id: string; name: string; role: string | null; url: string } | null;
  source: string | null;
  attribution: Attribution;
  kind: ClaimKind;
  text: string;
  label: string;
  labelEn: string | null;
  anchor: { start: number; end: number; selector: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string } };
  checkworthiness: number;
  verdict: Verdict | null;
  summary: string | null;
  reviewer: string | null;
  reviewed: string | null;
  sources: ExportSource[];
  updates: { date: string; note: string }[];
  links: { same: ExportLink[]; opposes: ExportLink[] };
}

export interface ClaimsExport {
  $schema: string;
  version: number;
  generated: string | null;
  site: string;
  claims: ExportClaim[];
}

export type ClaimExport = { $schema: string; version: number } & ExportClaim;

/** `site` is the absolute address of the site's root: `https://example.org/`. */
export const absolute = (path: string, site: string): string => new URL(path, site).href;

export function exportClaim(claim: Claim, article: ArticleRecord, site: string): ExportClaim {
  const review = claim.review;
  const link = (l: Claim['links']['same'][number]): ExportLink => ({ id: l.id, url: absolute(claimUrl(l.id), site), origin: l.origin, rule: l.rule ?? null });
  return {
    id: claim.id,
    url: absolute(claimUrl(claim.id), site),
    article: {
      id: article.id,
      title: article.title.text,
      outlet: article.meta.outlet ?? null,
      url: article.meta.url ?? null,
      page: absolute(articleUrl(article.id), site),
      published: article.meta.published ?? null,
      language: article.lang,
    },
    speaker: claim.speaker
      ? { id: claim.speaker.id, name: claim.speaker.name, role: claim.speaker.role ?? null, url: absolute(personUrl(claim.speaker.id), site) }
      : null,
    source: claim.source ?? null,
    attribution: claim.attribution,
    kind: claim.kind,
    text: claim.text,
    label: claim.label,
    labelEn: claim.labelEn ?? null,
    anchor: {
      start: claim.start,
      end: claim.end,
      selector: { type: 'TextQuoteSelector', exact: claim.selector.exact, prefix: claim.selector.prefix, suffix: claim.selector.suffix },
    },
    checkworthiness: claim.checkworthiness,
    // Never made up: no review, no verdict.
    verdict: review?.verdict ?? null,
    summary: review?.summary ?? null,
    reviewer: review?.reviewer ?? null,
    reviewed: review?.reviewed ?? null,
    sources: (review?.sources ?? []).map((s) => ({
      url: s.url,
      title: s.title,
      publisher: s.publisher,
      published: s.published ?? null,
      language: s.language,
      stance: s.stance,
      quote: s.quote ?? null,
      note: s.note ?? null,
    })),
    updates: (review?.updates ?? []).map((u) => ({ date: u.date, note: u.note })),
    links: { same: claim.links.same.map(link), opposes: claim.links.opposes.map(link) },
  };
}

/** Claims in a stable order: articles by id, then each article's claims in text order. */
export function orderedClaims(claims: readonly Claim[], articles: readonly ArticleRecord[]): { claim: Claim; article: ArticleRecord }[] {
  const byArticle = new Map(articles.map((a) => [a.id, a]));
  const place = (c: Claim) => byArticle.get(c.articleId)?.claimIds.indexOf(c.id) ?? -1;
  return [...claims]
    .sort((a, b) => (a.articleId === b.articleId ? place(a) - place(b) : a.articleId < b.articleId ? -1 : 1))
    .map((claim) => {
      const article = byArticle.get(claim.articleId);
      if (!article) throw new Error(`claim ${claim.id} belongs to article ${claim.articleId}, which is not in the data`);
      return { claim, article };
    });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * The export's date, reproducible: `override` (the CLAIMS_BUILD_DATE variable) when given,
 * else the newest review, update or article publication date; null when the data hold none.
 * Never the clock, so two builds of the same data give the same files.
 */
export function exportDate(claims: readonly Claim[], articles: readonly ArticleRecord[], override?: string): string | null {
  if (override !== undefined && override !== '') {
    if (!ISO_DATE.test(override)) throw new Error(`CLAIMS_BUILD_DATE must be an ISO 8601 date such as 2026-01-31 (or a date-time with an offset), not «${override}»`);
    return override;
  }
  const dates: string[] = [];
  for (const c of claims) if (c.review) dates.push(c.review.reviewed, ...c.review.updates.map((u) => u.date));
  for (const a of articles) if (a.meta.published) dates.push(a.meta.published.slice(0, 10));
  return dates.length > 0 ? dates.reduce((a, b) => (b > a ? b : a)) : null;
}

export interface ExportInput {
  claims: readonly Claim[];
  articles: readonly ArticleRecord[];
  /** Absolute address of the site's root. */
  site: string;
}

export function buildClaimsExport({ claims, articles, site }: ExportInput, generated: string | null): ClaimsExport {
  return {
    $schema: absolute(SCHEMA_PATHS.claims, site),
    version: CLAIMS_VERSION,
    generated,
    site: absolute('/', site),
    claims: orderedClaims(claims, articles).map(({ claim, article }) => exportClaim(claim, article, site)),
  };
}

export function buildClaimExport(claim: Claim, article: ArticleRecord, site: string): ClaimExport {
  return { $schema: absolute(SCHEMA_PATHS.claim, site), version: CLAIM_VERSION, ...exportClaim(claim, article, site) };
}

/** JSON text of an export: one-space indentation, a final newline. */
export const exportJson = (data: unknown): string => `${JSON.stringify(data, null, 1)}\n`;
