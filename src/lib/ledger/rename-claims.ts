/**
 * The ledger's renames applied: claims and articles with each new id replaced by the
 * published id it keeps (apply-ledger.ts). Returns new records; the inputs are not changed.
 */
import type { ArticleRecord } from '../schemas/article.ts';
import type { Claim } from '../schemas/claim.ts';

export function renameClaims(claims: readonly Claim[], articles: readonly ArticleRecord[], renamed: ReadonlyMap<string, string>) {
  if (renamed.size === 0) return { claims: [...claims], articles: [...articles] };
  const rename = (id: string) => renamed.get(id) ?? id;
  return {
    claims: claims.map((c) => ({ ...c, id: rename(c.id) })),
    articles: articles.map((a) => ({
      ...a,
      sentences: a.sentences.map((s) => ({ ...s, claimIds: s.claimIds.map(rename) })),
      claimIds: a.claimIds.map(rename),
    })),
  };
}
