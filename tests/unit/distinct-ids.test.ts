/** One id, one claim, across the archive (src/lib/ledger/distinct-ids.ts). */
import { describe, expect, it } from 'vitest';
import { distinctIds } from '../../src/lib/ledger/distinct-ids.ts';
import type { ArticleRecord } from '../../src/lib/schemas/article.ts';
import type { Claim } from '../../src/lib/schemas/claim.ts';
import type { Ledger } from '../../src/lib/schemas/ledger.ts';

const claim = (id: string, articleId: string, text: string): Claim => ({ id, articleId, text }) as Claim;
const article = (id: string, claimIds: string[]): ArticleRecord => ({ id, claimIds, sentences: [{ claimIds }] }) as unknown as ArticleRecord;
const EMPTY: Ledger = { version: 1, claims: {} };
// Two forecasts worded alike in two articles, whose ids happen to agree.
const shared = 'ytwqa-an-yrtfa-alantaj-1a2b3c';
const claims = [
  claim(shared, 'a', 'يتوقع أن يرتفع الإنتاج إلى 40 طنا'),
  claim('other-9f9f9f', 'a', 'قال الوزير إن المصنع جاهز'),
  claim(shared, 'b', 'يتوقع أن يرتفع الإنتاج إلى 75 طنا'),
];
const articles = [article('a', [shared, 'other-9f9f9f']), article('b', [shared])];

describe('distinctIds', () => {
  it('leaves an archive whose ids are distinct as it is', () => {
    const result = distinctIds(claims.slice(0, 2), articles.slice(0, 1), EMPTY);
    expect(result.claims).toEqual(claims.slice(0, 2));
  });

  it('the first article keeps a shared id; the other claim gets its article hash, in the claim and in its article', () => {
    const result = distinctIds(claims, articles, EMPTY);
    const ids = result.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe(shared);
    expect(ids[2]).toMatch(new RegExp(`^${shared}-[0-9a-f]{4}$`));
    expect(result.articles[1]!.claimIds).toEqual([ids[2]]);
    expect(result.articles[1]!.sentences[0]!.claimIds).toEqual([ids[2]]);
    expect(result.articles[0]).toBe(articles[0]);
    // The same on every build.
    expect(distinctIds(claims, articles, EMPTY).claims.map((c) => c.id)).toEqual(ids);
  });

  it('the claim the ledger published under the id keeps it, whichever article comes first', () => {
    const ledger: Ledger = { version: 1, claims: { [shared]: { articleId: 'b', quote: claims[2]!.text, status: 'live' } } };
    const ids = distinctIds(claims, articles, ledger).claims.map((c) => c.id);
    expect(ids[2]).toBe(shared);
    expect(ids[0]).toMatch(new RegExp(`^${shared}-[0-9a-f]{4}$`));
  });
});
