/**
 * Ready citations of a claim, in Arabic and in English: who said it, the claim, the article,
 * its outlet and date when known, the verdict and the date of the review (or that it is not
 * reviewed yet), this site's permanent URL and the date of access. `{accessed}` marks where
 * the access date goes (the page fills in the reader's date).
 *
 * A citation is a list of segments; `{ isolate }` marks text of the other script (an Arabic
 * claim in the English citation, a URL in the Arabic one), which the page wraps in <bdi> so
 * that mixed directions display in order. The plain string is the segments joined.
 */
import { SITE_NAME } from '../site.ts';

/**
 * Who the claim is cited to: its speaker (a person or a body that speaks), or the article
 * itself, in its own voice or citing a source it does not name ("observers", "2025 reports").
 * A source phrase is never made the author of the claim.
 */
export type CitedWho = { speaker: string } | { citing: string | undefined };

export interface CitationParts {
  /** The claim as the article words it. */
  claim: string;
  /** An editor's English label of the claim, used by the English citation. */
  labelEn: string | undefined;
  /** In each language: the English citation takes the speaker's English name when there is one. */
  who: { ar: CitedWho; en: CitedWho };
  articleTitle: string;
  /** Undefined when unknown: the citation then leaves it out. */
  outlet: string | undefined;
  /** YYYY-MM-DD, or undefined when the article has no known date. */
  published: string | undefined;
  /** The verdict in each language, or the words for "not yet reviewed". */
  status: { ar: string; en: string };
  /** Date of the review, YYYY-MM-DD; undefined when the claim is not reviewed. */
  reviewed: string | undefined;
  url: string;
}

export type Segment = string | { isolate: string };

export const ACCESSED = '{accessed}';

type FormatDate = (iso: string) => string;

export function citationArSegments(p: CitationParts, formatDate: FormatDate): Segment[] {
  const who = 'speaker' in p.who.ar ? p.who.ar.speaker : p.who.ar.citing ? `المقال، نقلًا عن «${p.who.ar.citing}»` : 'المقال بلسانه';
  const where = [`«${p.articleTitle}»`, p.outlet, p.published && formatDate(p.published)].filter(Boolean).join('، ');
  const verdict = p.reviewed ? `الحكم: ${p.status.ar}، راجعه المحررون في ${formatDate(p.reviewed)}.` : `${p.status.ar}.`;
  return [`${who}: «${p.claim}». في: ${where}. ${verdict} ${SITE_NAME.ar}، `, { isolate: p.url }, `، اطُّلع عليه في ${ACCESSED}.`];
}

export function citationEnSegments(p: CitationParts, formatDate: FormatDate): Segment[] {
  const who: Segment[] =
    'speaker' in p.who.en
      ? [{ isolate: p.who.en.speaker }]
      : p.who.en.citing
        ? ['The article, citing “', { isolate: p.who.en.citing }, '”']
        : ['The article, in its own voice'];
  const claim: Segment[] = p.labelEn ? [`“${p.labelEn}” (original: “`, { isolate: p.claim }, '”)'] : ['“', { isolate: p.claim }, '”'];
  const where: Segment[] = [
    '“',
    { isolate: p.articleTitle },
    '”',
    ...(p.outlet ? [', ', { isolate: p.outlet }] : []),
    ...(p.published ? [`, ${formatDate(p.published)}`] : []),
  ];
  const verdict = p.reviewed ? `Verdict: ${p.status.en}, reviewed ${formatDate(p.reviewed)}.` : `${p.status.en}.`;
  return [...who, ': ', ...claim, '. In ', ...where, `. ${verdict} ${SITE_NAME.en}, ${p.url}, accessed ${ACCESSED}.`];
}

export const joinSegments = (segments: readonly Segment[]): string => segments.map((s) => (typeof s === 'string' ? s : s.isolate)).join('');
