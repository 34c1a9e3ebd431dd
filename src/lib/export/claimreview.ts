/**
 * Every schema.org ClaimReview of the site in one file (`/data/claimreview.json`): the same
 * objects the claim pages embed as JSON-LD (src/lib/render/claim-review-jsonld.ts), for
 * reviewed claims only. An unreviewed claim has no rating to give, and none is made up.
 */
import type { ClaimReview, WithContext } from 'schema-dts';
import { claimReviewJsonLd } from '../render/claim-review-jsonld.ts';
import { articleUrl, claimUrl, personUrl } from '../urls.ts';
import { absolute, orderedClaims, type ExportInput } from './claims.ts';

export const CLAIMREVIEW_VERSION = 1;
export const CLAIMREVIEW_SCHEMA_PATH = `/schemas/claimreview.v${CLAIMREVIEW_VERSION}.json`;

export interface ClaimReviewExport {
  $schema: string;
  version: number;
  generated: string | null;
  site: string;
  claimReviews: WithContext<ClaimReview>[];
}

export function buildClaimReviewExport({ claims, articles, site }: ExportInput, generated: string | null): ClaimReviewExport {
  const claimReviews: WithContext<ClaimReview>[] = [];
  for (const { claim, article } of orderedClaims(claims, articles)) {
    const review = claimReviewJsonLd({
      claim,
      article,
      claimUrl: absolute(claimUrl(claim.id), site),
      siteUrl: absolute('/', site),
      articleUrl: absolute(articleUrl(article.id), site),
      ...(claim.speaker && { speakerUrl: absolute(personUrl(claim.speaker.id), site) }),
    });
    if (review) claimReviews.push(review);
  }
  return { $schema: absolute(CLAIMREVIEW_SCHEMA_PATH, site), version: CLAIMREVIEW_VERSION, generated, site: absolute('/', site), claimReviews };
}
