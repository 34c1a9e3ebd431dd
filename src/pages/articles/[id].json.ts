/**
 * `/articles/<id>.json`: one article's claims, in the format of /data/claims.json (docs/data.md),
 * dated by that article's own data.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from '../../loaders/site-data.ts';
import { buildClaimsExport, exportDate, exportJson } from '../../lib/export/claims.ts';
import { cacheKey } from '../../lib/render/cache-key.ts';
import { onlyChanged } from '../../lib/render/changed-pages.ts';
import type { ArticleRecord } from '../../lib/schemas/article.ts';
import type { Claim } from '../../lib/schemas/claim.ts';
import { JSON_TYPE } from '../data/_exports.ts';

export const getStaticPaths = (async () => {
  const [articles, claims] = await Promise.all([getCollection('articles'), getCollection('claims')]);
  const byArticle = Map.groupBy(
    claims.map((c) => c.data),
    (c) => c.articleId,
  );
  const paths = articles.map((entry) => {
    // Only what the file holds: the article and its claims (links carry ids only).
    const props = { article: entry.data, claims: byArticle.get(entry.id) ?? [] };
    return { params: { id: entry.id }, props, cacheKey: cacheKey(props) };
  });
  return onlyChanged('articles/[id].json', paths);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: ArticleRecord; claims: Claim[] }> = ({ props, site }) => {
  if (!site) throw new Error('The exports need the site address: set `site` in astro.config.mjs (or SITE_URL).');
  const input = { claims: props.claims, articles: [props.article], site: new URL('/', site).href };
  const generated = exportDate(input.claims, input.articles, process.env.CLAIMS_BUILD_DATE);
  return new Response(exportJson(buildClaimsExport(input, generated)), { headers: { 'content-type': JSON_TYPE } });
};
