/**
 * Ready citations of a claim, in Arabic and in English: who said it, the claim, the article,
 * its outlet and date, this site's permanent URL and the date of access. `{accessed}` marks
 * where the access date goes (the page fills in the reader's date).
 */
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

export const ACCESSED = '{accessed}';

export function citationAr(p: CitationParts, formatDate: (iso: string) => string, noDate: string): string {
  const date = p.published ? formatDate(p.published) : noDate;
  return `${p.who.ar}: «${p.claim}». في: «${p.articleTitle}»، ${p.outlet.ar}، ${date}. متتبّع الادعاءات، ${p.url}، اطُّلع عليه في ${ACCESSED}.`;
}

export function citationEn(p: CitationParts, formatDate: (iso: string) => string, noDate: string): string {
  const date = p.published ? formatDate(p.published) : noDate;
  return `${p.who.en}: “${p.claim}”. In “${p.articleTitle}”, ${p.outlet.en}, ${date}. Claims Tracker, ${p.url}, accessed ${ACCESSED}.`;
}
