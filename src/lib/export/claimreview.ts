/**
 * Every schema.org ClaimReview of the site in one file (`/data/claimreview.json`): the same
 * objects the claim pages embed as JSON-LD (src/lib/render/claim-review-jsonld.ts), for
 * reviewed claims only. An unreviewed claim has no rating to give, and none is made up.
 */
import type { ClaimReview, WithContext } from 'schema-dts';
import type { z } from 'zod';
import { claimReviewJsonLd } from '../render/claim-review-jsonld.ts';
import { absoluteUrl } from '../urls.ts';
import type { claimReviewExportSchema } from './claimreview-schema.ts';
import { orderedClaims, type ExportInput } from './claims.ts';
import { CLAIMREVIEW_VERSION, SCHEMA_PATHS } from './formats.ts';

/** The file as its zod schema gives it, the items typed by schema-dts as they are built. */
export type ClaimReviewExport = Omit<z.infer<ReturnType<typeof claimReviewExportSchema>>, 'claimReviews'> & { claimReviews: WithContext<ClaimReview>[] };

export function buildClaimReviewExport({ claims, articles, site }: ExportInput, generated: string | null): ClaimReviewExport {
  const claimReviews: WithContext<ClaimReview>[] = [];
  for (const { claim, article } of orderedClaims(claims, articles)) {
    const review = claimReviewJsonLd({ claim, article, site });
    if (review) claimReviews.push(review);
  }
  return { $schema: absoluteUrl(SCHEMA_PATHS.claimReview, site), version: CLAIMREVIEW_VERSION, generated, site: absoluteUrl('/', site), claimReviews };
}
