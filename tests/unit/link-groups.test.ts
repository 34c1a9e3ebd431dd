/** Bounded link lists (src/lib/link/link-groups.ts): groups of same claims, their order, and when a group page exists. */
import { describe, expect, it } from 'vitest';
import { claimPageLinks, groupHasPage, LINKS_SHOWN, linkGroups, rankedLinks } from '../../src/lib/link/link-groups.ts';
import type { Claim } from '../../src/lib/schemas/claim.ts';

/** A claim of article `a<n>`, said by `speaker`, linked to `same` and `opposes` (both ways: the caller lists both ends). */
const claim = (id: string, article: string, speaker: string, same: string[] = [], opposes: string[] = []) =>
  ({
    id,
    articleId: article,
    attribution: 'named',
    speaker: { id: speaker, name: speaker },
    links: { same: same.map((s) => ({ id: s, origin: 'automatic' })), opposes: opposes.map((s) => ({ id: s, origin: 'automatic' })) },
  }) as unknown as Claim;

// Articles: a0 the earliest, a9 undated; outlet by article unless given.
const dates: Record<string, string | undefined> = { a0: '2026-01-01', a1: '2026-01-02', a2: '2026-01-03', a3: '2026-01-04', a9: undefined };
const outlets: Record<string, string> = { a0: 'X', a1: 'Y', a2: 'X', a3: 'Z', a9: 'W' };
const articleOf = (c: Claim) => ({ id: c.articleId, meta: { published: dates[c.articleId], outlet: outlets[c.articleId] } }) as never;

describe('groups of same claims', () => {
  // A chain: p–q and q–r are "same" links, p–r is not; s stands alone but opposes r.
  const claims = [claim('p', 'a9', 'k', ['q']), claim('q', 'a1', 'k', ['p', 'r']), claim('r', 'a2', 'k', ['q'], ['s']), claim('s', 'a0', 'm', [], ['r'])];
  const groups = linkGroups(claims, articleOf);

  it('a copy of a copy is in the group; the group is named after its earliest report, undated last', () => {
    expect(groups.get('p')).toBe(groups.get('r'));
    expect(groups.get('p')).toEqual({ id: 'q', reports: ['q', 'r', 'p'], opposing: ['s'] });
    expect(groups.get('s')).toEqual({ id: 's', reports: ['s'], opposing: ['r'] });
  });

  it('only a group longer than a claim page shows has a page', () => {
    expect(groupHasPage(groups.get('p')!)).toBe(false);
    const many = Array.from({ length: LINKS_SHOWN + 2 }, (_, i) => `c${i}`);
    const copies = many.map((id) =>
      claim(
        id,
        `a${many.indexOf(id) % 4}`,
        'k',
        many.filter((o) => o !== id),
      ),
    );
    const big = linkGroups(copies, articleOf).get('c0')!;
    expect(big.reports).toHaveLength(LINKS_SHOWN + 2);
    expect(groupHasPage(big)).toBe(true);
    expect(claimPageLinks(copies[0]!, big, new Map(copies.map((c) => [c.id, c])), articleOf).same).toMatchObject({
      total: LINKS_SHOWN + 2,
      all: `/reports/${big.id}/`,
      items: expect.any(Array),
    });
    expect(claimPageLinks(copies[0]!, big, new Map(copies.map((c) => [c.id, c])), articleOf).same.items).toHaveLength(LINKS_SHOWN);
  });
});

describe('the order of a claim page list', () => {
  it('earliest first, but a new voice (outlet and speaker) before a repeat of one already listed', () => {
    // From the claim's point of view (outlet Z): x0 (X, k), y1 (Y, k), x2 (X, k again: a repeat), z3 (Z, j: new speaker), w9 (W, undated).
    const others = [claim('x0', 'a0', 'k'), claim('y1', 'a1', 'k'), claim('x2', 'a2', 'k'), claim('z3', 'a3', 'j'), claim('w9', 'a9', 'k')];
    const self = claim('self', 'a3', 'k', ['w9', 'x2', 'z3', 'y1', 'x0']);
    const byId = new Map([self, ...others].map((c) => [c.id, c]));
    expect(rankedLinks(self, 'same', byId, articleOf).map((x) => x.other.id)).toEqual(['x0', 'y1', 'z3', 'w9', 'x2']);
  });
});
