/**
 * One id, one claim, across the archive. A claim id is the slug of the claim's first words and
 * six hex digits of a hash of its article and its words (src/lib/extract/claim-id.ts). Claims of
 * different articles that open with the same words (templated news: a ministry's statement, a
 * forecast worded the same way each month) share a slug, and among thousands of them two hashes
 * can agree: both claims would claim one address, and one of them would never be shown. So here
 * the claim the ledger published under that id (by its article) keeps it, else the first in the
 * archive's order; each other one gets its article's hash added (`<id>-<4 hex>`), the same on
 * every build. Within one article, repeated ids already carry `-2`, `-3` (extract-claims.ts).
 */
import type { ArticleRecord } from '../schemas/article.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Ledger } from '../schemas/ledger.ts';
import { shortHash } from '../text/hash.ts';

export function distinctIds(claims: readonly Claim[], articles: readonly ArticleRecord[], ledger: Ledger): { claims: Claim[]; articles: ArticleRecord[] } {
  const articlesOf = new Map<string, string[]>();
  for (const claim of claims) {
    const list = articlesOf.get(claim.id) ?? [];
    if (!list.includes(claim.articleId)) list.push(claim.articleId);
    articlesOf.set(claim.id, list);
  }
  const taken = new Set(articlesOf.keys());
  /** Article id → (shared id → its new id there). */
  const renames = new Map<string, Map<string, string>>();
  for (const [id, owners] of articlesOf) {
    if (owners.length < 2) continue;
    const published = ledger.claims[id]?.articleId;
    const keeper = published && owners.includes(published) ? published : owners[0];
    for (const articleId of owners.filter((a) => a !== keeper)) {
      let length = 4;
      let renamed = `${id}-${shortHash(articleId, length)}`;
      while (taken.has(renamed)) renamed = `${id}-${shortHash(articleId, ++length)}`;
      taken.add(renamed);
      renames.set(articleId, (renames.get(articleId) ?? new Map()).set(id, renamed));
    }
  }
  if (renames.size === 0) return { claims: [...claims], articles: [...articles] };
  const rename = (articleId: string, id: string) => renames.get(articleId)?.get(id) ?? id;
  return {
    claims: claims.map((c) => (renames.has(c.articleId) ? { ...c, id: rename(c.articleId, c.id) } : c)),
    articles: articles.map((a) =>
      renames.has(a.id)
        ? {
            ...a,
            sentences: a.sentences.map((s) => ({ ...s, claimIds: s.claimIds.map((id) => rename(a.id, id)) })),
            claimIds: a.claimIds.map((id) => rename(a.id, id)),
          }
        : a,
    ),
  };
}
