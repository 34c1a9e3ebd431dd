/** `/data/claimreview.json`: the schema.org ClaimReview of every reviewed claim (docs/data.md). */
import type { APIRoute } from 'astro';
import { buildClaimReviewExport } from '../../lib/export/claimreview.ts';
import { exportJson } from '../../lib/export/claims.ts';
import { exportInput, generatedDate, JSON_TYPE } from './_exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const input = await exportInput(site);
  return new Response(exportJson(buildClaimReviewExport(input, generatedDate(input))), { headers: { 'content-type': JSON_TYPE } });
};
