/**
 * `/data/claimreview.json` as a zod schema, the source of its JSON Schema (./schemas.ts). The
 * items are schema.org objects, typed with schema-dts where they are built
 * (src/lib/render/claim-review-jsonld.ts): this schema only states what every item holds and
 * leaves the rest of schema.org open.
 */
import { z } from 'zod';
import { DAY } from '../schemas/dates.ts';
import { BEST_RATING, RATING, VERDICTS, WORST_RATING } from '../schemas/review.ts';
import { CLAIMREVIEW_VERSION, SCHEMA_PATHS } from './formats.ts';
import { exportDateAndSite, exportHeader, fileMeta, WEB_ADDRESS } from './claims-schema.ts';

const ratings = Object.values(RATING);
const always = (value: string) => z.literal(value).describe(`Always ${value}.`);

export const claimReviewItemSchema = z
  .looseObject({
    '@context': z.literal('https://schema.org').describe('schema.org vocabulary.'),
    '@type': always('ClaimReview'),
    url: z.string().regex(WEB_ADDRESS).describe('The claim page, which holds the review.'),
    claimReviewed: z.string().describe('The claim as the article words it.'),
    datePublished: z.string().regex(DAY).describe('Date of the review, YYYY-MM-DD.'),
    inLanguage: z.string().optional().describe('Language of the review.'),
    author: z.looseObject({ '@type': always('Organization'), name: z.string().describe('Its name.') }).describe('The fact-checking organisation.'),
    reviewRating: z
      .looseObject({
        '@type': always('Rating'),
        ratingValue: z.literal([...new Set(ratings.map((r) => r.value))]).describe(`${VERDICTS.map((v) => `${RATING[v].value} ${v}`).join(', ')}.`),
        bestRating: z.literal(BEST_RATING).describe('Top of the scale.'),
        worstRating: z.literal(WORST_RATING).describe('Bottom of the scale.'),
        alternateName: z.enum(ratings.map((r) => r.name)).describe('The verdict in words (English).'),
        ratingExplanation: z.string().optional().describe('The review’s summary.'),
      })
      .describe('The verdict on the 1 to 5 scale of docs/reviews.md; -1 for verdicts that are not on the scale (unverifiable, opinion).'),
    itemReviewed: z
      .looseObject({ '@type': always('Claim'), appearance: z.looseObject({}).describe('The article (CreativeWork) it appeared in.') })
      .describe('The claim: who made it and where it appeared.'),
  })
  .describe('A schema.org ClaimReview (https://schema.org/ClaimReview).');

/** `/data/claimreview.json`: the ClaimReview of every reviewed claim. */
export const claimReviewExportSchema = (site: string) =>
  z
    .object({
      ...exportHeader(SCHEMA_PATHS.claimReview, CLAIMREVIEW_VERSION, site),
      ...exportDateAndSite('Date of the data, as in claims.json.'),
      claimReviews: z.array(claimReviewItemSchema).describe('One schema.org ClaimReview per reviewed claim; unreviewed claims have none.'),
    })
    .meta(
      fileMeta(
        SCHEMA_PATHS.claimReview,
        site,
        'ClaimReviews',
        'The schema.org ClaimReview of every reviewed claim, as /data/claimreview.json gives them (the same objects the claim pages embed as JSON-LD).',
      ),
    );
