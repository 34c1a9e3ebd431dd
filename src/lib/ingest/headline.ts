/**
 * The headline of a file that starts with the body: its first sentence, without the dateline
 * that opens many lead paragraphs ("عمّان - …"), cut to a headline's length at a word boundary.
 */
import { countWords } from './count-words.ts';

const MAX_WORDS = 20;
// A dateline of at most four words before a dash ("القاهرة - ", "وكالة الأنباء - "), or a place
// and date before an agency between slashes ("بيروت في 3 مايو /وكالة/ ").
const LEAD_DATELINE = /^\S+(?: \S+){0,3} ?[-–—] |^[^/.،]{1,60}\/[^/.،]{1,20}\/ ?/u;
// The end of the first sentence: a full stop, a question or exclamation mark before a space or the end.
const SENTENCE_END = /[.!?؟](?=\s|$)/u;

export function headlineFromText(paragraph: string): string {
  const withoutDateline = paragraph.replace(LEAD_DATELINE, '');
  const end = SENTENCE_END.exec(withoutDateline);
  const sentence = end ? withoutDateline.slice(0, end.index) : withoutDateline;
  if (countWords(sentence) <= MAX_WORDS) return sentence.trim();
  const cut = sentence.trim().split(/\s+/).slice(0, MAX_WORDS).join(' ');
  return `${cut.replace(/[\s،,؛:]+$/u, '')}…`;
}
