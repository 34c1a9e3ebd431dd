import { z } from 'zod';

/** One published claim id and what became of it. */
export const ledgerEntrySchema = z.object({
  articleId: z.string(),
  /** The claim's words when it was last seen (earlier wordings in `previousQuotes`). */
  quote: z.string(),
  previousQuotes: z.array(z.string()).optional(),
  status: z.enum(['live', 'retired']),
  /** Why a retired id no longer names a claim of its own. */
  reason: z.enum(['split', 'merged', 'removed']).optional(),
  /** The claims that now carry what it said. */
  successors: z.array(z.string()).optional(),
  /**
   * `false` while the claim's English address (`/en/claims/<id>/`) has never been published: an
   * unreviewed claim has its Arabic page only, and no redirect is owed at an address nobody was
   * given. Absent once the claim had an English page, and on every entry written before English
   * pages were kept for reviewed claims (all claims had one then): such an address keeps answering.
   */
  en: z.literal(false).optional(),
});

/** `content/claims.lock.json`: every claim id the site has published. Entries are never removed. */
export const ledgerSchema = z.object({
  version: z.literal(1),
  claims: z.record(z.string(), ledgerEntrySchema),
});

export type Ledger = z.infer<typeof ledgerSchema>;
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

/** A retired id as the site shows it: a page at its old address. */
export const retiredClaimSchema = ledgerEntrySchema.extend({ id: z.string() });
export type RetiredClaim = z.infer<typeof retiredClaimSchema>;
