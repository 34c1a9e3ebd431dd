/**
 * Version and address of every export and of its JSON Schema. A field removed or changing
 * meaning → a new version (and new schema files beside the old ones); additions keep it.
 */
import { articleJsonUrl, claimJsonUrl } from '../urls.ts';

export const CLAIMS_VERSION = 1;
export const CLAIM_VERSION = 1;
export const CLAIMREVIEW_VERSION = 1;

/** Where each export is served, relative to the site. */
export const EXPORT_PATHS = {
  claimsJson: '/data/claims.json',
  claimsCsv: '/data/claims.csv',
  claimReviewJson: '/data/claimreview.json',
  claimReviewFeed: '/data/claimreview-feed.json',
  claimJson: claimJsonUrl,
  articleJson: articleJsonUrl,
} as const;

/** Where each JSON Schema is served: `/schemas/<name>.v<version>.json`. */
export const SCHEMA_PATHS = {
  claims: `/schemas/claims.v${CLAIMS_VERSION}.json`,
  claim: `/schemas/claim.v${CLAIM_VERSION}.json`,
  claimReview: `/schemas/claimreview.v${CLAIMREVIEW_VERSION}.json`,
} as const;
