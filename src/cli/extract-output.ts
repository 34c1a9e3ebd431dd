/**
 * The JSON that `claims extract` prints: articles with their claims nested, in the shape
 * documented in docs/claims.md ("The extract command's output").
 */
import type { PipelineResult } from '../lib/pipeline.ts';

export const EXTRACT_FORMAT_VERSION = 1;

export function extractOutput(result: PipelineResult) {
  const claimsById = new Map(result.claims.map((c) => [c.id, c]));
  return {
    version: EXTRACT_FORMAT_VERSION,
    articles: result.articles.map((a) => ({
      id: a.id,
      source: a.source,
      title: a.title.text,
      text: a.text,
      claims: a.claimIds.map((id) => {
        const { articleId: _articleId, ...claim } = claimsById.get(id)!;
        return claim;
      }),
    })),
  };
}
