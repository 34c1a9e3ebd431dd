/**
 * The claims export (`/data/claims.json`, `/claims/<id>.json`): every claim with its article,
 * speaker, anchor, score and, when there is one, the editors' review. Pure: no Astro import,
 * so the endpoints, the tests and any script build the same thing. docs/data.md documents
 * every field; the format is the zod schema of ./claims-schema.ts.
 */
import type { ArticleRecord } from '../schemas/article.ts';
import type { Claim } from '../schemas/claim.ts';
import { DAY_OR_TIME } from '../schemas/dates.ts';
import { absoluteUrl, articleUrl, claimUrl, personUrl } from '../urls.ts';
import type { ClaimExport, ClaimsExport, ExportClaim, ExportLink } from './claims-schema.ts';
import { CLAIM_VERSION, CLAIMS_VERSION, SCHEMA_PATHS } from './formats.ts';

export function exportClaim(claim: Claim, article: ArticleRecord, site: string): ExportClaim {
  const review = claim.review;
  const link = (l: Claim['links']['same'][number]): ExportLink => ({
    id: l.id,
    url: absoluteUrl(claimUrl(l.id), site),
    origin: l.origin,
    rule: l.rule ?? null,
  });
  return {
    id: claim.id,
    url: absoluteUrl(claimUrl(claim.id), site),
    article: {
      id: article.id,
      title: article.title.text,
      outlet: article.meta.outlet ?? null,
      url: article.meta.url ?? null,
      page: absoluteUrl(articleUrl(article.id), site),
      published: article.meta.published ?? null,
      language: article.lang,
    },
    speaker: claim.speaker
      ? { id: claim.speaker.id, name: claim.speaker.name, role: claim.speaker.role ?? null, url: absoluteUrl(personUrl(claim.speaker.id), site) }
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
    // The model's workings belong in the data, not on the reader's page (src/components/ClaimWhy.astro).
    reasons: claim.reasons.map((r) => ({ feature: r.feature, weight: r.weight, value: r.value })),
    // Never made up: no review, no verdict.
    verdict: review?.verdict ?? null,
    summary: review?.summary ?? null,
    reviewer: review?.reviewer ?? null,
    reviewed: review?.reviewed ?? null,
    sources: (review?.sources ?? []).map((s) => ({
      url: s.url,
      title: s.title ?? null,
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

/**
 * The export's date, reproducible: `override` (the CLAIMS_BUILD_DATE variable) when given,
 * else the newest review, update or article publication date; null when the data hold none.
 * Never the clock, so two builds of the same data give the same files.
 */
export function exportDate(claims: readonly Claim[], articles: readonly ArticleRecord[], override?: string): string | null {
  if (override !== undefined && override !== '') {
    if (!DAY_OR_TIME.test(override))
      throw new Error(`CLAIMS_BUILD_DATE must be an ISO 8601 date such as 2026-01-31 (or a date-time with an offset), not «${override}»`);
    return override;
  }
  const dates: string[] = [];
  for (const c of claims) if (c.review) dates.push(c.review.reviewed, ...c.review.updates.map((u) => u.date));
  for (const a of articles) if (a.meta.published) dates.push(a.meta.published.slice(0, 10));
  // biome-ignore lint/complexity/useMathMinMax: ISO date strings, compared as text.
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
    $schema: absoluteUrl(SCHEMA_PATHS.claims, site),
    version: CLAIMS_VERSION,
    generated,
    site: absoluteUrl('/', site),
    claims: orderedClaims(claims, articles).map(({ claim, article }) => exportClaim(claim, article, site)),
  };
}

export function buildClaimExport(claim: Claim, article: ArticleRecord, site: string): ClaimExport {
  return { $schema: absoluteUrl(SCHEMA_PATHS.claim, site), version: CLAIM_VERSION, ...exportClaim(claim, article, site) };
}

/** JSON text of an export: compact (no indentation: an archive's exports are hundreds of MB), a final newline. */
export const exportJson = (data: unknown): string => `${JSON.stringify(data)}\n`;
