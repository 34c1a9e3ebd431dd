/** `/schemas/<name>.json`: the JSON Schemas of the exports, generated from their zod schemas (src/lib/export/schemas.ts, docs/data.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportJson } from '../../lib/export/claims.ts';
import { SCHEMA_FILES } from '../../lib/export/schemas.ts';

export const getStaticPaths = (() => Object.keys(SCHEMA_FILES).map((file) => ({ params: { name: file.replace(/\.json$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const schema = SCHEMA_FILES[`${params.name}.json`];
  if (!schema || !site) return new Response(null, { status: 404 });
  return new Response(exportJson(schema(new URL('/', site).href)), { headers: { 'content-type': 'application/schema+json; charset=utf-8' } });
};
