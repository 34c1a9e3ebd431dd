/** `/data/claims.json`: every claim (docs/data.md). */
import type { APIRoute } from 'astro';
import { buildClaimsExport, exportJson } from '../../lib/export/claims.ts';
import { exportInput, generatedDate, JSON_TYPE } from './_exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const input = await exportInput(site);
  return new Response(exportJson(buildClaimsExport(input, generatedDate(input))), { headers: { 'content-type': JSON_TYPE } });
};
