/**
 * merge: reviews → claims. A review attaches to its claim by id; when that id is gone (the
 * claim's words changed, so its id did), it re-attaches by its quote, fuzzily, with a
 * warning that gives the new id; when neither works, the build stops and names the closest
 * claim. A review is never dropped silently. The links a review's front matter declares come
 * back as editorial links from the claim it attached to.
 */
import { problems, type Problem } from '../problems.ts';
import type { Claim } from '../schemas/claim.ts';
import type { EditorialLink } from '../schemas/links.ts';
import type { Review } from '../schemas/review.ts';
import { textSimilarity } from '../text/similarity.ts';
import { terms } from '../text/terms.ts';
import { TermIndex } from '../text/term-index.ts';
import type { ParsedReview } from './read-reviews.ts';

/** How alike a quote and a claim's text must be to re-attach a review (0..1). */
export const REANCHOR_THRESHOLD = 0.75;
const CANDIDATES = 8;

export interface AttachedReviews {
  byClaim: Map<string, Review>;
  /** The links of the attached reviews' front matter, in review order. */
  links: EditorialLink[];
  problems: Problem[];
}

export function attachReviews(reviews: readonly ParsedReview[], claims: readonly Claim[]): AttachedReviews {
  const found: Problem[] = [];
  const byClaim = new Map<string, Review>();
  const links: EditorialLink[] = [];
  const byId = new Map(claims.map((c) => [c.id, c]));
  let index: TermIndex | undefined;

  const closest = (quote: string) => {
    if (!index) {
      index = new TermIndex();
      for (const c of claims) index.add(c.id, terms(c.text));
    }
    const ranked = [...index.candidates(terms(quote), 1, Infinity)].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES);
    return ranked
      .map(([id]) => ({ claim: byId.get(id)!, similarity: textSimilarity(quote, byId.get(id)!.text) }))
      .sort((a, b) => b.similarity - a.similarity)[0];
  };

  for (const r of reviews) {
    let claim = byId.get(r.front.claim.id);
    let reanchoredFrom: string | undefined;
    if (!claim) {
      const best = closest(r.front.claim.quote);
      if (best && best.similarity >= REANCHOR_THRESHOLD) {
        claim = best.claim;
        reanchoredFrom = r.front.claim.id;
        found.push(problems.reviewReanchored(r.file, r.idLine, r.front.claim.id, claim.id, best.similarity));
      } else {
        const hint = best ? `${best.claim.id} («${best.claim.text.slice(0, 60)}», ${Math.round(best.similarity * 100)}% alike)` : undefined;
        found.push(problems.reviewUnknownClaim(r.file, r.idLine, r.front.claim.id, hint));
        continue;
      }
    }
    const other = byClaim.get(claim.id);
    if (other) {
      found.push(problems.duplicateReview(r.file, other.file, claim.id));
      continue;
    }
    const { verdict, summary, reviewer, reviewed, sources, updates } = r.front;
    byClaim.set(claim.id, {
      file: r.file,
      verdict,
      summary,
      reviewer,
      reviewed,
      sources,
      updates,
      bodyHtml: r.bodyHtml,
      ...(reanchoredFrom && { reanchoredFrom }),
    });
    if (r.front.links)
      for (const type of ['same', 'opposes', 'remove'] as const) for (const other of r.front.links[type]) links.push({ type, claims: [claim.id, other] });
  }
  return { byClaim, links, problems: found };
}
