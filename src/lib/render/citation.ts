/**
 * Ready citations of a claim, in Arabic and in English: who said it, the claim, the article,
 * its outlet and date, this site's permanent URL and the date of access. `{accessed}` marks
 * where the access date goes (the page fills in the reader's date).
 *
 * A citation is a list of segments; `{ isolate }` marks text of the other script (an Arabic
 * claim in the English citation, a URL in the Arabic one), which the page wraps in <bdi> so
 * that mixed directions display in order. The plain string is the segments joined.
 */
import { SITE_NAME } from '../site.ts';

export interface CitationParts {
  claim: string;
  /** The speaker or source, in each language; the outlet when the claim is in its voice. */
  who: { ar: string; en: string };
  articleTitle: string;
  outlet: { ar: string; en: string };
  /** YYYY-MM-DD, or undefined when the article has no known date. */
  published: string | undefined;
  url: string;
}

export type Segment = string | { isolate: string };

export const ACCESSED = '{accessed}';

export function citationArSegments(p: CitationParts, formatDate: (iso: string) => string, noDate: string): Segment[] {
  const date = p.published ? formatDate(p.published) : noDate;
  const cited = `${p.who.ar}: «${p.claim}». في: «${p.articleTitle}»، ${p.outlet.ar}، ${date}. ${SITE_NAME.ar}، `;
  return [cited, { isolate: p.url }, `، اطُّلع عليه في ${ACCESSED}.`];
}

export function citationEnSegments(p: CitationParts, formatDate: (iso: string) => string, noDate: string): Segment[] {
  const date = p.published ? formatDate(p.published) : noDate;
  return [
    { isolate: p.who.en },
    ': “',
    { isolate: p.claim },
    '”. In “',
    { isolate: p.articleTitle },
    '”, ',
    { isolate: p.outlet.en },
    `, ${date}. ${SITE_NAME.en}, ${p.url}, accessed ${ACCESSED}.`,
  ];
}

export const joinSegments = (segments: readonly Segment[]): string => segments.map((s) => (typeof s === 'string' ? s : s.isolate)).join('');
