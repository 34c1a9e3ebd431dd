/**
 * `/claims/<id>.json`: one reviewed claim, as one element of /data/claims.json plus `version`
 * (docs/data.md). Every claim, reviewed or not, is in its article's JSON (/articles/<id>.json):
 * one file per article, not per claim, keeps a large archive within a static host's file limits.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from '../../loaders/site-data.ts';
import { buildClaimExport, exportJson } from '../../lib/export/claims.ts';
import { cacheKey, digestOf } from '../../lib/render/cache-key.ts';
import { onlyChanged } from '../../lib/render/changed-pages.ts';
import type { ArticleRecord } from '../../lib/schemas/article.ts';
import type { Claim } from '../../lib/schemas/claim.ts';
import { JSON_TYPE } from '../data/_exports.ts';
import { claimHasEnglishPage } from '../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const [articles, claims] = await Promise.all([getCollection('articles'), getCollection('claims')]);
  const byId = new Map(articles.map((a) => [a.id, a.data]));
  const paths = claims
    .filter((entry) => claimHasEnglishPage(entry.data))
    .map((entry) => {
      // Only what the file holds: the claim and its article (links carry ids only).
      const props = { claim: entry.data, article: byId.get(entry.data.articleId)! };
      return { params: { id: entry.id }, props, cacheKey: cacheKey({ ...props, article: digestOf(props.article) }) };
    });
  return onlyChanged('claims/[id].json', paths);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ claim: Claim; article: ArticleRecord }> = ({ props, site }) => {
  if (!site) throw new Error('The exports need the site address: set `site` in astro.config.mjs (or SITE_URL).');
  return new Response(exportJson(buildClaimExport(props.claim, props.article, new URL('/', site).href)), { headers: { 'content-type': JSON_TYPE } });
};
