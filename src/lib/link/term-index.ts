/**
 * An inverted index from terms to the claims that hold them. Finding the claims that share
 * words with one claim costs the length of the postings of its terms, not the number of
 * claims: linking never compares every claim with every other (docs/linking.md).
 */
export class TermIndex {
  readonly #postings = new Map<string, string[]>();
  readonly #terms = new Map<string, readonly string[]>();

  add(id: string, terms: readonly string[]): void {
    this.#terms.set(id, terms);
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

  /** Inverse document frequency: rare terms weigh more. */
  idf(term: string): number {
    return Math.log(1 + this.size / (this.#postings.get(term)?.length ?? 1));
  }

  /**
   * Claims sharing terms with `terms`, with the summed idf of what they share. Terms held by
   * more than `maxShare` of all claims are skipped: they link everything to everything.
   */
  candidates(terms: readonly string[], maxShare = 0.2): Map<string, number> {
    const scores = new Map<string, number>();
    const cap = Math.max(2, Math.ceil(this.size * maxShare));
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
    const ta = this.termsOf(a);
    const tb = new Set(this.termsOf(b));
    const norm = (ts: Iterable<string>) => Math.sqrt([...ts].reduce((s, t) => s + this.idf(t) ** 2, 0));
    const shared = ta.filter((t) => tb.has(t)).reduce((s, t) => s + this.idf(t) ** 2, 0);
    const denominator = norm(ta) * norm(tb);
    return denominator === 0 ? 0 : shared / denominator;
  }
}
