/**
 * Where a search result leads, in the reader's language. The one index holds the Arabic
 * addresses (src/lib/search/index-records.ts): an article, a reviewed claim or a person at
 * /articles/<id>/, /claims/<id>/, /people/<id>/, and an article's unreviewed claims as its
 * sub-results (#claim-<id>_…). English pages lead to /en/… for pages, and to the one Arabic
 * page of an unreviewed claim (/claims/<id>/), which has no English page.
 */
import { claimUrl } from '../urls.ts';
import { parseClaimAnchor } from './index-records.ts';

export type UiLang = 'ar' | 'en';

/** A page of the index (article, reviewed claim, person) at its address in the reader's language. */
export const pageUrl = (indexUrl: string, lang: UiLang): string =>
  lang === 'en' && /^\/(articles|claims|people)\//.test(indexUrl) ? `/en${indexUrl}` : indexUrl;

export interface ClaimHit {
  id: string;
  kind: string;
  speaker?: string;
  /** The claim's page: the same in both languages, as the claim is unreviewed. */
  url: string;
}

/** The unreviewed claim a sub-result stands for, from its heading's id; undefined for any other part of the page. */
export function claimHit(anchorId: string | undefined): ClaimHit | undefined {
  const parsed = anchorId ? parseClaimAnchor(anchorId) : undefined;
  return parsed && { ...parsed, url: claimUrl(parsed.id) };
}
