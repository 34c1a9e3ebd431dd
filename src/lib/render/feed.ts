/**
 * The items of the reviews' RSS feed (src/pages/reviews.xml.ts). Feed readers show an item's
 * description as HTML; a summary is plain text, so it is escaped for HTML here and @astrojs/rss
 * escapes it again for XML: a reader shows "<b>" in a summary as those three characters.
 */
import { toHtml } from 'hast-util-to-html';
import type { Claim } from '../schemas/claim.ts';
import type { Verdict } from '../schemas/review.ts';
import { claimUrl } from '../urls.ts';
import { lastChanged } from './corrections.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** Newest change first; `verdictName` gives a verdict's name in the feed's language. */
export function feedItems(claims: readonly Claim[], verdictName: (verdict: Verdict) => string): FeedItem[] {
  return claims
    .filter((c) => c.review)
    .sort((a, b) => lastChanged(b).localeCompare(lastChanged(a)))
    .map((claim) => ({
      title: `${verdictName(claim.review!.verdict)}: ${claim.label}`,
      link: claimUrl(claim.id),
      pubDate: new Date(`${lastChanged(claim)}T00:00:00Z`),
      description: toHtml({ type: 'text', value: claim.review!.summary }),
      categories: [verdictName(claim.review!.verdict)],
    }));
}
