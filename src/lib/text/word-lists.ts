/**
 * The function-word lists every stage shares, folded as tokens are (foldArabic): one list of
 * stop words, one of negations, one of question words.
 */
import { knownWithConjunction } from './clitics.ts';
import type { Token } from './tokens.ts';

/** Function words: prepositions, pronouns, particles, demonstratives, relatives. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'في',
  'من',
  'علي',
  'الي',
  'عن',
  'مع',
  'ان',
  'او',
  'ثم',
  'بين',
  'خلال',
  'بعد',
  'قبل',
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
  'التي',
  'الذي',
  'هو',
  'هي',
  'هم',
  'كما',
  'لا',
  'لم',
  'لن',
  'ما',
  'قد',
  'كان',
  'كانت',
  'غير',
  'كل',
  'اي',
  'حيث',
  'اذ',
  'بل',
  'لكن',
  'وفق',
  'حسب',
  'عده',
  'ايضا',
  'فقط',
  'حول',
  'عبر',
  'الا',
  'اما',
  'انه',
  'انها',
  'لها',
  'له',
  'فيها',
  'فيه',
  'منها',
  'منه',
  'عليه',
  'عليها',
  'ولا',
  'ولم',
  'ولن',
  'فلا',
  'ليس',
  'وهو',
  'وهي',
  'وما',
  'لهذه',
  'لهذا',
  'وذلك',
  'وان',
  'فان',
  'بان',
]);

/** Negations (single words, and two dialect phrases): "لا", "لم", "لن", "ليس", "غير", "عدم", "مش", "ما في". */
export const NEGATIONS: readonly string[] = ['لا', 'لم', 'لن', 'ليس', 'ليست', 'ليسوا', 'لسنا', 'لست', 'غير', 'عدم', 'مش', 'ما في'];
const NEGATION_WORDS: ReadonlySet<string> = new Set(NEGATIONS.filter((w) => !w.includes(' ')));

/** A one-word negation, with or without و/ف: "لا", "ولم", "فلن". */
export const isNegation = (folded: string): boolean => knownWithConjunction(NEGATION_WORDS, folded);

/** Words that open a question: "هل", "ماذا", "كيف", "متى" … ("لمّا" is left out: in news prose it is mostly "when"). */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['هل', 'ما', 'ماذا', 'لماذا', 'كيف', 'متي', 'اين', 'كم', 'اليس', 'ايهما']);

/** A question word, with or without و/ف: "هل", "وكيف", "فما". */
export const isQuestionWord = (folded: string): boolean => knownWithConjunction(QUESTION_WORDS, folded);

/**
 * A question: `text` ends with a question mark (closing quotes after it allowed), or its first
 * word, first in the text and followed by a space, is a question word.
 */
export function isQuestion(text: string, tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (/[؟?]["»”)]*\s*$/u.test(text)) return true;
  return first !== undefined && text.slice(0, first.start).trim() === '' && /^\s/u.test(text.slice(first.end)) && isQuestionWord(first.folded);
}
