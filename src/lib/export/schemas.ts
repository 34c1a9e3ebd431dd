/**
 * JSON Schemas (draft 2020-12) of the exports, served at /schemas/*.v<version>.json. They
 * are open (extra properties allowed): a field added within a version does not break a
 * validator that holds an older copy. No `format` keyword: patterns say the same and any
 * validator checks them without plug-ins.
 */
import { VERDICTS } from '../schemas/review.ts';
import { CLAIM_VERSION, CLAIMS_VERSION, SCHEMA_PATHS, absolute } from './claims.ts';
import { CLAIMREVIEW_SCHEMA_PATH, CLAIMREVIEW_VERSION } from './claimreview.ts';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const WEB_ADDRESS = '^https?://';
const DAY = '^\\d{4}-\\d{2}-\\d{2}$';
const DAY_OR_TIME = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$';
const CLAIM_ID = '^[a-z0-9][a-z0-9-]*$';

type Schema = Record<string, unknown>;
const str = (description: string, extra: Schema = {}): Schema => ({ type: 'string', description, ...extra });
const orNull = (description: string, extra: Schema = {}): Schema => ({ type: ['string', 'null'], description, ...extra });
const object = (description: string, properties: Record<string, Schema>): Schema => ({
  type: 'object',
  description,
  required: Object.keys(properties),
  properties,
});

const link = object('A link to another claim.', {
  id: str('Id of the linked claim.', { pattern: CLAIM_ID }),
  url: str('Permanent address of the linked claim page.', { pattern: WEB_ADDRESS }),
  origin: { enum: ['automatic', 'editorial'], description: 'automatic: found by the linker (docs/linking.md); editorial: set by the editors.' },
  rule: { type: ['string', 'null'], description: 'For automatic links, the linker rule: similar-statement, polarity or contrast-marker; null for editorial links.' },
});

const claimDefinition: Schema = {
  ...object('One claim of an article, with its review when the editors have reviewed it.', {
    id: str('Permanent id of the claim: a transliterated slug of its first words and a hash of its text.', { pattern: CLAIM_ID }),
    url: str('Permanent address of the claim page.', { pattern: WEB_ADDRESS }),
    article: object('The article the claim comes from.', {
      id: str('Article id (from the seed file name).'),
      title: str('Title of the article.'),
      outlet: orNull('Outlet that published it, as it writes its name; null when unknown.'),
      url: orNull('Address of the original article; null when unknown.', { pattern: WEB_ADDRESS }),
      page: str('The article page on this site.', { pattern: WEB_ADDRESS }),
      published: orNull('Publication date, YYYY-MM-DD or an ISO 8601 date-time with offset; null when unknown.', { pattern: DAY_OR_TIME }),
      language: str('Language of the article, a BCP 47 tag (ar), or und when unknown.'),
    }),
    speaker: {
      ...object('The person who made the claim, when named (or known by a role); null otherwise (see attribution and source).', {
        id: str('Person id, as in /people/<id>/.'),
        name: str('Name as the site writes it.'),
        role: orNull('Role or title, when known.'),
        url: str('The person page on this site.', { pattern: WEB_ADDRESS }),
      }),
      type: ['object', 'null'],
    },
    source: orNull('The words naming an unnamed or institutional source (مراقبون، مكتب حفتر الإعلامي); null when there are none.'),
    attribution: { enum: ['named', 'unnamed', 'institution', 'outlet'], description: 'Who the claim is attributed to: a named person, unnamed sources, an institution, or the outlet in its own voice.' },
    kind: { enum: ['fact', 'quote', 'opinion', 'prediction'], description: 'Kind of claim (docs/claims.md).' },
    text: str('The claim as the article words it.'),
    label: str('Its shortest checkable phrase, in Arabic (or an editor’s label).'),
    labelEn: orNull('An editor’s English label; null when there is none.'),
    anchor: object('Where the claim is in the article text.', {
      start: { type: 'integer', minimum: 0, description: 'Offset (UTF-16 code units) of the claim in the article text.' },
      end: { type: 'integer', minimum: 0, description: 'Offset of its end (exclusive).' },
      selector: object('W3C Web Annotation TextQuoteSelector, to find the claim again if offsets shift.', {
        type: { const: 'TextQuoteSelector', description: 'Always TextQuoteSelector.' },
        exact: str('The exact words at start..end.'),
        prefix: str('Up to 32 characters just before.'),
        suffix: str('Up to 32 characters just after.'),
      }),
    }),
    checkworthiness: { type: 'number', minimum: 0, maximum: 1, description: 'The scorer’s check-worthiness score, 0 to 1 (docs/scorer.md).' },
    verdict: { enum: [...VERDICTS, null], description: 'The editors’ verdict (docs/reviews.md); null when the claim has not been reviewed. Never guessed.' },
    summary: orNull('The review’s summary; null when unreviewed.'),
    reviewer: orNull('Who reviewed the claim; null when unreviewed.'),
    reviewed: orNull('Date of the review, YYYY-MM-DD; null when unreviewed.', { pattern: DAY }),
    sources: {
      type: 'array',
      description: 'The sources the review relies on, in the editors’ order; empty when unreviewed.',
      items: object('One source.', {
        url: str('Its address.', { pattern: WEB_ADDRESS }),
        title: str('Its title.'),
        publisher: str('Who published it.'),
        published: orNull('Its date, YYYY-MM-DD, when it shows one.', { pattern: DAY }),
        language: str('Its language, a BCP 47 tag.'),
        stance: { enum: ['supports', 'contradicts', 'context'], description: 'What it does to the claim.' },
        quote: orNull('The source’s exact words; never a paraphrase.'),
        note: orNull('The editors’ note on the source.'),
      }),
    },
    updates: {
      type: 'array',
      description: 'Dated updates to the review, oldest first as the editors wrote them; empty when unreviewed.',
      items: object('One update.', { date: str('Its date, YYYY-MM-DD.', { pattern: DAY }), note: str('What changed.') }),
    },
    links: object('Claims that say the same thing elsewhere, and claims that oppose it.', {
      same: { type: 'array', description: 'Claims that say the same.', items: link },
      opposes: { type: 'array', description: 'Claims that oppose it.', items: link },
    }),
  }),
  // No verdict, no review: an unreviewed claim carries no summary, reviewer, date or sources.
  if: { properties: { verdict: { const: null } } },
  then: { properties: { summary: { const: null }, reviewer: { const: null }, reviewed: { const: null }, sources: { maxItems: 0 }, updates: { maxItems: 0 } } },
};

const header = (path: string, site: string, title: string, description: string): Schema => ({
  $schema: DRAFT,
  $id: absolute(path, site),
  title,
  description,
});

const meta = (version: number, schemaPath: string, site: string): Record<string, Schema> => ({
  $schema: str('Address of this file’s JSON Schema.', { const: absolute(schemaPath, site) }),
  version: { const: version, description: `Format version: ${version}. A field removed or changing meaning gives a new version; added fields keep it.` },
});

/** `/schemas/claim.v1.json`: one claim (`/claims/<id>.json`); `$defs.claim` is reused by claims.v1.json. */
export function claimJsonSchema(site: string): Schema {
  return {
    ...header(SCHEMA_PATHS.claim, site, 'Claim', 'One claim of the fact-check site, as /claims/<id>.json gives it: the claim, its article, speaker, anchor, score and review.'),
    $defs: { claim: claimDefinition },
    type: 'object',
    allOf: [{ $ref: '#/$defs/claim' }],
    required: ['version'],
    properties: meta(CLAIM_VERSION, SCHEMA_PATHS.claim, site),
  };
}

/** `/schemas/claims.v1.json`: `/data/claims.json`. */
export function claimsJsonSchema(site: string): Schema {
  return {
    ...header(SCHEMA_PATHS.claims, site, 'Claims', 'Every claim of the fact-check site, as /data/claims.json gives them.'),
    type: 'object',
    required: ['version', 'generated', 'site', 'claims'],
    properties: {
      ...meta(CLAIMS_VERSION, SCHEMA_PATHS.claims, site),
      generated: orNull('Date of the data: the CLAIMS_BUILD_DATE of the build, else the newest review, update or article date. Null when the data hold no date.', { pattern: DAY_OR_TIME }),
      site: str('Address of the site.', { pattern: WEB_ADDRESS }),
      claims: { type: 'array', description: 'Every claim: articles by id, each article’s claims in text order.', items: { $ref: `${absolute(SCHEMA_PATHS.claim, site)}#/$defs/claim` } },
    },
  };
}

/** `/schemas/claimreview.v1.json`: `/data/claimreview.json`, the schema.org ClaimReview objects. */
export function claimReviewJsonSchema(site: string): Schema {
  const rating = ['Accurate', 'Mostly accurate', 'Misleading', 'False', 'Unverifiable', 'Opinion, not checkable'];
  return {
    ...header(CLAIMREVIEW_SCHEMA_PATH, site, 'ClaimReviews', 'The schema.org ClaimReview of every reviewed claim, as /data/claimreview.json gives them (the same objects the claim pages embed as JSON-LD).'),
    type: 'object',
    required: ['version', 'generated', 'site', 'claimReviews'],
    properties: {
      ...meta(CLAIMREVIEW_VERSION, CLAIMREVIEW_SCHEMA_PATH, site),
      generated: orNull('Date of the data, as in claims.json.', { pattern: DAY_OR_TIME }),
      site: str('Address of the site.', { pattern: WEB_ADDRESS }),
      claimReviews: {
        type: 'array',
        description: 'One schema.org ClaimReview per reviewed claim; unreviewed claims have none.',
        items: {
          type: 'object',
          description: 'A schema.org ClaimReview (https://schema.org/ClaimReview).',
          required: ['@context', '@type', 'url', 'claimReviewed', 'datePublished', 'author', 'reviewRating', 'itemReviewed'],
          properties: {
            '@context': { const: 'https://schema.org', description: 'schema.org vocabulary.' },
            '@type': { const: 'ClaimReview', description: 'Always ClaimReview.' },
            url: str('The claim page, which holds the review.', { pattern: WEB_ADDRESS }),
            claimReviewed: str('The claim as the article words it.'),
            datePublished: str('Date of the review, YYYY-MM-DD.', { pattern: DAY }),
            inLanguage: str('Language of the review.'),
            author: { type: 'object', description: 'The fact-checking organisation.', required: ['@type', 'name'], properties: { '@type': { const: 'Organization', description: 'Always Organization.' }, name: str('Its name.') } },
            reviewRating: {
              type: 'object',
              description: 'The verdict on the 1 to 5 scale of docs/reviews.md; -1 for verdicts that are not on the scale (unverifiable, opinion).',
              required: ['@type', 'ratingValue', 'bestRating', 'worstRating', 'alternateName'],
              properties: {
                '@type': { const: 'Rating', description: 'Always Rating.' },
                ratingValue: { enum: [5, 4, 2, 1, -1], description: '5 accurate, 4 mostly accurate, 2 misleading, 1 false, -1 unverifiable or opinion.' },
                bestRating: { const: 5, description: 'Top of the scale.' },
                worstRating: { const: 1, description: 'Bottom of the scale.' },
                alternateName: { enum: rating, description: 'The verdict in words (English).' },
                ratingExplanation: str('The review’s summary.'),
              },
            },
            itemReviewed: {
              type: 'object',
              description: 'The claim: who made it and where it appeared.',
              required: ['@type', 'appearance'],
              properties: { '@type': { const: 'Claim', description: 'Always Claim.' }, appearance: { type: 'object', description: 'The article (CreativeWork) it appeared in.' } },
            },
          },
        },
      },
    },
  };
}

/** The schema files, by the name they are served under in /schemas/. */
export const SCHEMA_FILES: Record<string, (site: string) => Schema> = {
  [`claims.v${CLAIMS_VERSION}.json`]: claimsJsonSchema,
  [`claim.v${CLAIM_VERSION}.json`]: claimJsonSchema,
  [`claimreview.v${CLAIMREVIEW_VERSION}.json`]: claimReviewJsonSchema,
};
