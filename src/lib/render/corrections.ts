/** Every dated update of every review, newest first: the corrections page and the feed use it. */
import type { Claim } from '../schemas/claim.ts';

export interface Correction {
  date: string;
  note: string;
  claim: Claim;
}

export function corrections(claims: readonly Claim[]): Correction[] {
  return claims
    .flatMap((claim) => (claim.review?.updates ?? []).map((u) => ({ date: u.date, note: u.note, claim })))
    .sort((a, b) => b.date.localeCompare(a.date) || a.claim.id.localeCompare(b.claim.id));
}

/** The date a review last changed: its review date or its latest update. */
export const lastChanged = (claim: Claim): string => [claim.review?.reviewed ?? '', ...(claim.review?.updates ?? []).map((u) => u.date)].sort().at(-1) ?? '';
