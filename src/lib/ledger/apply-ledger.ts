/**
 * Permanent claim URLs. Every id the site has published is in the ledger
 * (content/claims.lock.json); on each build:
 *   - a claim that still exists keeps its id, even when its words changed slightly (it is
 *     matched to its ledger entry by its quote, in the same article);
 *   - an id whose claim was split, merged into another or removed stays in the ledger as
 *     retired, with its successors, and keeps its page (a page that says what it was);
 *   - new claims are added. No entry is ever removed.
 */
import { foldArabic } from '../text/arabic-fold.ts';
import { textSimilarity } from '../text/similarity.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Ledger, RetiredClaim } from '../schemas/ledger.ts';

/** How alike a claim's new words must be to its old ones to keep its id. */
export const SAME_CLAIM_THRESHOLD = 0.8;
/** Share of a claim's words found in another for it to count as part of it. */
const CONTAINED = 0.8;

const words = (text: string) =>
  new Set(
    foldArabic(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  );
const containedIn = (part: string, whole: string) => {
  const p = words(part);
  const w = words(whole);
  return p.size > 0 && [...p].filter((x) => w.has(x)).length / p.size >= CONTAINED;
};

export interface LedgerResult {
  /** New id → the published id it keeps. */
  renamed: Map<string, string>;
  retired: RetiredClaim[];
  ledger: Ledger;
}

export function applyLedger(previous: Ledger, claims: readonly Claim[]): LedgerResult {
  const ledger: Ledger = { version: 1, claims: structuredClone(previous.claims) };
  const current = new Map(claims.map((c) => [c.id, c]));
  const renamed = new Map<string, string>();

  // Published ids whose claim is not found under that id any more.
  const missing = Object.entries(ledger.claims).filter(([id, e]) => e.status === 'live' && !current.has(id));
  const unmatched = claims.filter((c) => !ledger.claims[c.id]);

  // 1. Reworded: best matches first, one claim per published id.
  const pairs = missing
    .flatMap(([oldId, entry]) =>
      unmatched.filter((c) => c.articleId === entry.articleId).map((c) => ({ oldId, claim: c, similarity: textSimilarity(entry.quote, c.text) })),
    )
    .filter((p) => p.similarity >= SAME_CLAIM_THRESHOLD)
    .sort((a, b) => b.similarity - a.similarity);
  const taken = new Set<string>();
  for (const { oldId, claim } of pairs) {
    if (renamed.has(claim.id) || taken.has(oldId)) continue;
    renamed.set(claim.id, oldId);
    taken.add(oldId);
  }

  // 2. What is still missing was split, merged or removed.
  for (const [oldId, entry] of missing) {
    if (taken.has(oldId)) continue;
    const sameArticle = claims.filter((c) => c.articleId === entry.articleId);
    const finalId = (c: Claim) => renamed.get(c.id) ?? c.id;
    const parts = sameArticle.filter((c) => containedIn(c.text, entry.quote));
    const whole = sameArticle.find((c) => containedIn(entry.quote, c.text));
    if (parts.length >= 2) Object.assign(entry, { status: 'retired', reason: 'split', successors: parts.map(finalId) });
    else if (whole) Object.assign(entry, { status: 'retired', reason: 'merged', successors: [finalId(whole)] });
    else Object.assign(entry, { status: 'retired', reason: 'removed', successors: [] });
  }

  // 3. Record every current claim under its final id.
  for (const claim of claims) {
    const id = renamed.get(claim.id) ?? claim.id;
    const entry = ledger.claims[id];
    if (entry && entry.quote !== claim.text) entry.previousQuotes = [...(entry.previousQuotes ?? []), entry.quote];
    // A new id's English address is not published yet (src/lib/ledger/english-addresses.ts).
    ledger.claims[id] = { ...(entry ?? { en: false }), articleId: claim.articleId, quote: claim.text, status: 'live' };
    if (ledger.claims[id]!.reason) {
      delete ledger.claims[id]!.reason;
      delete ledger.claims[id]!.successors;
    }
  }

  const retired = Object.entries(ledger.claims)
    .filter(([, e]) => e.status === 'retired')
    .map(([id, e]) => ({ id, ...e }));
  return { renamed, retired, ledger };
}
