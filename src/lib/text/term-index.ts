/**
 * An inverted index from terms to the claims that hold them. Finding the claims that share
 * words with one claim costs the length of the postings of its terms, not the number of
 * claims: linking never compares every claim with every other (docs/linking.md).
 */
/**
 * A term held by more claims than this is too common to say two claims are about the same
 * thing; skipping it keeps the work per claim bounded as the corpus grows.
 */
export const MAX_POSTINGS = 100;

export class TermIndex {
  readonly #postings = new Map<string, string[]>();
  readonly #terms = new Map<string, readonly string[]>();
  readonly #sets = new Map<string, ReadonlySet<string>>();
  /** Norms depend on idf, which changes as claims are added: computed on first use, after. */
  readonly #norms = new Map<string, number>();

  add(id: string, terms: readonly string[]): void {
    this.#terms.set(id, terms);
    this.#sets.set(id, new Set(terms));
    this.#norms.clear();
    for (const t of terms) {
      const list = this.#postings.get(t);
      if (list) list.push(id);
      else this.#postings.set(t, [id]);
    }
  }

  get size(): number {
    return this.#terms.size;
  }

  termsOf(id: string): readonly string[] {
    return this.#terms.get(id) ?? [];
  }

  termSet(id: string): ReadonlySet<string> {
    return this.#sets.get(id) ?? new Set();
  }

  #norm(id: string): number {
    let norm = this.#norms.get(id);
    if (norm === undefined) {
      norm = Math.sqrt(this.termsOf(id).reduce((s, t) => s + this.idf(t) ** 2, 0));
      this.#norms.set(id, norm);
    }
    return norm;
  }

  /** Inverse document frequency: rare terms weigh more. */
  idf(term: string): number {
    return Math.log(1 + this.size / (this.#postings.get(term)?.length ?? 1));
  }

  /**
   * Claims sharing terms with `terms`, with the summed idf of what they share. Terms held by
   * more than `maxShare` of all claims, or by more than `maxPostings`, are skipped: they link
   * everything to everything.
   */
  candidates(terms: readonly string[], maxShare = 0.2, maxPostings = MAX_POSTINGS): Map<string, number> {
    const scores = new Map<string, number>();
    const cap = Math.max(2, Math.min(Math.ceil(this.size * maxShare), maxPostings));
    for (const t of terms) {
      const list = this.#postings.get(t);
      if (!list || list.length > cap) continue;
      const weight = this.idf(t);
      for (const id of list) scores.set(id, (scores.get(id) ?? 0) + weight);
    }
    return scores;
  }

  /** Cosine-like similarity of two indexed claims over idf-weighted terms (0..1). */
  similarity(a: string, b: string): number {
    const tb = this.termSet(b);
    let shared = 0;
    for (const t of this.termsOf(a)) if (tb.has(t)) shared += this.idf(t) ** 2;
    const denominator = this.#norm(a) * this.#norm(b);
    return denominator === 0 ? 0 : shared / denominator;
  }
}
