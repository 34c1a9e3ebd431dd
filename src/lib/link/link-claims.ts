/**
 * link: claims → "same claim reported elsewhere" and "opposing views", automatic and
 * editorial. Candidates come from an inverted index (TermIndex), so each claim is compared
 * only with claims that share rare words or named entities with it (docs/linking.md).
 *
 *   same     — two articles state the same thing: alike in words (similarity ≥ SAME_THRESHOLD),
 *              about the same named people or places, of the same nature (an opinion is never the
 *              same claim as a report of facts, a forecast never the same as an event), and neither
 *              denies what the other says.
 *   opposes  — polarity: one denies what the other asserts, predicate and object
 *              ("لا تعكس اعترافًا" vs "يعكس اعترافًا"), from different speakers, in any articles.
 * A link a reader follows must hold: a missing link is better than a false one (docs/linking.md
 * has the hand count on the seeds). A sentence opening with "في المقابل" answers the previous
 * speaker, but not a statement we can name, so it makes no link by itself.
 */
import type { Claim } from '../schemas/claim.ts';
import type { ClaimLink, ClaimLinks, EditorialLink, LinkType } from '../schemas/links.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { stem, terms } from '../text/terms.ts';
import { TermIndex } from '../text/term-index.ts';
import { isNegation } from '../text/word-lists.ts';

export const SAME_THRESHOLD = 0.3;
export const SAME_WITH_ENTITIES_THRESHOLD = 0.15;
export const OPPOSE_THRESHOLD = 0.05;

/**
 * What a negation particle denies in a text (its tokens), as [predicate, object] stems:
 * "ولا تعكس اعترافاً سياسياً" → [عكس, اعتراف]. Both must appear, un-negated, in the other
 * claim for the two to be opposed: a shared predicate alone ("لا بمنطق") is too weak.
 */
function denials(tokens: readonly Token[]): [string, string][] {
  const out: [string, string][] = [];
  tokens.forEach((t, i) => {
    const predicate = tokens[i + 1];
    const object = tokens[i + 2];
    if (isNegation(t.folded) && predicate && object) out.push([stem(predicate.folded), stem(object.folded)]);
  });
  return out;
}

const speakerKey = (c: Claim) => c.speaker?.id ?? c.source ?? `${c.attribution}:${c.articleId}`;
const entityTerms = (c: Claim) => c.entities.filter((e) => e.type !== 'organisation').map((e) => `@${e.id}`);

export function linkClaims(claims: readonly Claim[], editorial: readonly EditorialLink[]): Map<string, ClaimLinks> {
  const index = new TermIndex();
  const byId = new Map(claims.map((c) => [c.id, c]));
  const tokens = new Map(claims.map((c) => [c.id, tokenize(c.text)]));
  for (const c of claims) index.add(c.id, [...terms(c.text, tokens.get(c.id)), ...entityTerms(c)]);
  const denied = new Map(claims.map((c) => [c.id, denials(tokens.get(c.id) ?? [])]));
  const links = new Map<string, ClaimLinks>(claims.map((c) => [c.id, { same: [], opposes: [] }]));
  const has = (a: string, b: string, type: LinkType) => links.get(a)?.[type].some((l) => l.id === b) ?? false;
  const add = (a: string, b: string, type: LinkType, link: Omit<ClaimLink, 'id'>) => {
    if (a === b || has(a, b, type)) return;
    links.get(a)?.[type].push({ id: b, ...link });
    links.get(b)?.[type].push({ id: a, ...link });
  };

  for (const a of claims) {
    const termsA = index.termSet(a.id);
    for (const [bid] of index.candidates(index.termsOf(a.id))) {
      if (bid <= a.id) continue; // each pair once
      const b = byId.get(bid)!;
      const similarity = index.similarity(a.id, b.id);
      const termsB = index.termSet(b.id);
      const denies = (x: [string, string][], other: ReadonlySet<string>) => x.some(([p, o]) => other.has(p) && other.has(o));
      const polarity = denies(denied.get(a.id)!, termsB) !== denies(denied.get(b.id)!, termsA);
      const sharedEntities = entityTerms(a).filter((t) => termsB.has(t)).length;
      // Two named parties in common (who and where) make a weaker wording match enough.
      const alike = similarity >= SAME_THRESHOLD || (sharedEntities >= 2 && similarity >= SAME_WITH_ENTITIES_THRESHOLD);
      // A forecast and a report of what happened are never the same claim, nor an opinion and a fact.
      const sameNature = (a.kind === 'prediction') === (b.kind === 'prediction') && (a.kind === 'opinion') === (b.kind === 'opinion');
      if (a.articleId !== b.articleId && alike && sharedEntities > 0 && sameNature && !polarity) {
        add(a.id, b.id, 'same', { origin: 'automatic', rule: 'similar-statement' });
      } else if (polarity && similarity >= OPPOSE_THRESHOLD && speakerKey(a) !== speakerKey(b)) {
        add(a.id, b.id, 'opposes', { origin: 'automatic', rule: 'polarity' });
      }
    }
  }

  // Editors have the last word: their links are added, their removals win over the machine's.
  for (const e of editorial) {
    const [a, b] = e.claims;
    if (e.type === 'remove') {
      for (const type of ['same', 'opposes'] as const) {
        for (const [x, y] of [
          [a, b],
          [b, a],
        ] as const) {
          const list = links.get(x)?.[type];
          if (list) links.get(x)![type] = list.filter((l) => l.id !== y);
        }
      }
    } else add(a, b, e.type, { origin: 'editorial' });
  }
  return links;
}
