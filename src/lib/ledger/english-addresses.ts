/**
 * English claim addresses. Every claim has its Arabic page; a reviewed claim has an English page
 * too (src/lib/urls.ts, claimHasEnglishPage). The ledger records whether a claim's English address
 * was ever published (`en: false` until it is): once published, it answers for good, with the page
 * or, when the claim has none any more, a redirect page to the Arabic one. An address never
 * published gets no file: one file per claim, not two, in an archive of thousands of articles.
 */
import type { Claim } from '../schemas/claim.ts';
import type { Ledger } from '../schemas/ledger.ts';
import { claimHasEnglishPage } from '../urls.ts';

/** The ledger with this build's English pages recorded as published, and the claims marked `englishPublished` where it is. */
export function recordEnglishAddresses(ledger: Ledger, claims: readonly Claim[]): { ledger: Ledger; claims: Claim[] } {
  const entries = { ...ledger.claims };
  const marked = claims.map((claim) => {
    const entry = entries[claim.id];
    if (entry?.en === false && claimHasEnglishPage(claim)) {
      const published = { ...entry };
      delete published.en;
      entries[claim.id] = published;
    }
    return entries[claim.id]?.en === false ? claim : { ...claim, englishPublished: true as const };
  });
  return { ledger: { ...ledger, claims: entries }, claims: marked };
}
