/** `/data/claimreview-feed.json`: every ClaimReview as a schema.org DataFeed, for fact-check aggregators (docs/data.md). */
import type { APIRoute } from 'astro';
import { buildClaimReviewFeed } from '../../lib/export/claimreview-feed.ts';
import { exportJson } from '../../lib/export/claims.ts';
import { exportInput, generatedDate, JSON_TYPE } from './_exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const input = await exportInput(site);
  return new Response(exportJson(buildClaimReviewFeed(input, generatedDate(input))), { headers: { 'content-type': JSON_TYPE } });
};
