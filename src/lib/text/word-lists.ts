/**
 * The function-word lists every stage shares, folded as tokens are (foldArabic): one list of
 * stop words, one of negations, one of question words.
 */
import { withoutConjunction } from './clitics.ts';

/** Function words: prepositions, pronouns, particles, demonstratives, relatives. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'في', 'من', 'علي', 'الي', 'عن', 'مع', 'ان', 'او', 'ثم', 'بين', 'خلال', 'بعد', 'قبل', 'هذا', 'هذه', 'ذلك', 'تلك', 'التي', 'الذي',
  'هو', 'هي', 'هم', 'كما', 'لا', 'لم', 'لن', 'ما', 'قد', 'كان', 'كانت', 'غير', 'كل', 'اي', 'حيث', 'اذ', 'بل', 'لكن', 'وفق', 'حسب', 'عده',
  'ايضا', 'فقط', 'حول', 'عبر', 'الا', 'اما', 'انه', 'انها', 'لها', 'له', 'فيها', 'فيه', 'منها', 'منه', 'عليه', 'عليها',
  'ولا', 'ولم', 'ولن', 'فلا', 'ليس', 'وهو', 'وهي', 'وما', 'لهذه', 'لهذا', 'وذلك', 'وان', 'فان', 'بان',
]);

/** Negations (single words, and two dialect phrases): "لا", "لم", "لن", "ليس", "غير", "عدم", "مش", "ما في". */
export const NEGATIONS: readonly string[] = ['لا', 'لم', 'لن', 'ليس', 'ليست', 'ليسوا', 'لسنا', 'لست', 'غير', 'عدم', 'مش', 'ما في'];
const NEGATION_WORDS: ReadonlySet<string> = new Set(NEGATIONS.filter((w) => !w.includes(' ')));

/** A one-word negation, with or without و/ف: "لا", "ولم", "فلن". */
export const isNegation = (folded: string): boolean => NEGATION_WORDS.has(folded) || NEGATION_WORDS.has(withoutConjunction(folded));

/** Words that open a question: "هل", "ماذا", "كيف", "متى" … */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['هل', 'ما', 'ماذا', 'لماذا', 'لما', 'كيف', 'متي', 'اين', 'كم', 'اليس', 'ايهما']);
