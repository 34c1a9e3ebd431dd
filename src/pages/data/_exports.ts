/**
 * What the export endpoints share: the collections, the site address and the export date.
 * The underscore keeps this file out of the routes.
 */
import { getCollection } from '../../loaders/site-data.ts';
import { exportDate, type ExportInput } from '../../lib/export/claims.ts';

export async function exportInput(site: URL | undefined): Promise<ExportInput> {
  if (!site) throw new Error('The exports need the site address: set `site` in astro.config.mjs (or SITE_URL).');
  const [articles, claims] = await Promise.all([getCollection('articles'), getCollection('claims')]);
  return { articles: articles.map((a) => a.data), claims: claims.map((c) => c.data), site: new URL('/', site).href };
}

/** The export's date: CLAIMS_BUILD_DATE, else the newest date in the data (never the clock). */
export const generatedDate = (input: ExportInput): string | null => exportDate(input.claims, input.articles, process.env.CLAIMS_BUILD_DATE);

export const JSON_TYPE = 'application/json; charset=utf-8';
export const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
