/** `/data/claims.csv`: every claim, one row each, UTF-8 with a BOM (docs/data.md). */
import type { APIRoute } from 'astro';
import { buildClaimsExport } from '../../lib/export/claims.ts';
import { buildClaimsCsv } from '../../lib/export/csv.ts';
import { CSV_TYPE, exportInput, generatedDate } from './_exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const input = await exportInput(site);
  // Bytes, not a string: the byte-order mark must reach the file.
  const body = new TextEncoder().encode(buildClaimsCsv(buildClaimsExport(input, generatedDate(input)).claims));
  return new Response(body, { headers: { 'content-type': CSV_TYPE } });
};
