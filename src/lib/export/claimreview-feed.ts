/**
 * `/data/claimreview-feed.json`: the site's ClaimReviews as a schema.org DataFeed, the form
 * fact-check aggregators ingest (Google's Fact Check Explorer through Data Commons, Duke's
 * Fact-Check Insights). One DataFeedItem per reviewed claim, holding the very ClaimReview its
 * page embeds (src/lib/render/claim-review-jsonld.ts). Plain schema.org: no `$schema` or
 * `version` keys, which a schema.org reader would not know; its shape is checked by the zod
 * schema of ./claimreview-feed-schema.ts in the tests.
 */
import type { ClaimReview, DataFeed, DataFeedItem, WithContext } from 'schema-dts';
import { claimReviewJsonLd } from '../render/claim-review-jsonld.ts';
import { SITE_NAME } from '../site.ts';
import { absoluteUrl } from '../urls.ts';
import { orderedClaims, type ExportInput } from './claims.ts';
import { EXPORT_PATHS } from './formats.ts';

/** The feed; each item's `item` is a list of one ClaimReview, as the aggregators' examples give it. */
export type ClaimReviewFeed = WithContext<DataFeed> & { dataFeedElement: (DataFeedItem & { item: WithContext<ClaimReview>[] })[] };

export function buildClaimReviewFeed({ claims, articles, site }: ExportInput, generated: string | null): ClaimReviewFeed {
  const items: ClaimReviewFeed['dataFeedElement'] = [];
  for (const { claim, article } of orderedClaims(claims, articles)) {
    const review = claimReviewJsonLd({ claim, article, site });
    if (!review || !claim.review) continue;
    // The item changed last on the review's newest update, else on the review itself (ISO dates compare as text).
    const modified = [claim.review.reviewed, ...claim.review.updates.map((u) => u.date)].sort().at(-1) ?? claim.review.reviewed;
    items.push({ '@type': 'DataFeedItem', dateCreated: claim.review.reviewed, dateModified: modified, item: [review] });
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'DataFeed',
    url: absoluteUrl(EXPORT_PATHS.claimReviewFeed, site),
    name: `${SITE_NAME.en}: ClaimReview feed`,
    alternateName: SITE_NAME.ar,
    publisher: { '@type': 'Organization', name: SITE_NAME.ar, alternateName: SITE_NAME.en, url: absoluteUrl('/', site) },
    inLanguage: 'ar',
    ...(generated && { dateModified: generated }),
    dataFeedElement: items,
  };
}
