/**
 * English claim addresses. Every claim has its Arabic page; a reviewed claim has an English page
 * too (src/lib/urls.ts, claimHasEnglishPage). The ledger records whether a claim's English address
 * was ever published (`en: false` until it is): once published, it answers for good, with the page
 * or, when the claim has none any more, a redirect page to the Arabic one. An address never
 * published gets no file: one file per claim, not two, in an archive of thousands of articles.
 */
import type { Claim } from '../schemas/claim.ts';
import type { EnglishAddress, Ledger } from '../schemas/ledger.ts';
import { claimHasEnglishPage } from '../urls.ts';

/** The ledger with this build's English pages recorded as published, and the addresses that need a redirect page. */
export function recordEnglishAddresses(ledger: Ledger, claims: readonly Claim[]): { ledger: Ledger; redirects: EnglishAddress[] } {
  const entries = { ...ledger.claims };
  const redirects: EnglishAddress[] = [];
  for (const claim of claims) {
    const entry = entries[claim.id];
    if (!entry) continue;
    if (claimHasEnglishPage(claim)) {
      if (entry.en === false) {
        const published = { ...entry };
        delete published.en;
        entries[claim.id] = published;
      }
    } else if (entry.en !== false) redirects.push({ id: claim.id });
  }
  return { ledger: { ...ledger, claims: entries }, redirects };
}
