/**
 * fact | quote | opinion | prediction, by rules a reader can check (docs/claims.md):
 *   prediction — the statement is about the future: سيظل, ستكون, لن تغير, من شأنها, قد يسهم;
 *   opinion    — an assessment: brought by an opinion verb (يرى, يذهب … إلى أن, يرجح), hedged
 *                (ربما, لعل), or read
 *                through interpretive or evaluative words (تعكس, تمثل, دلالات, هامة جدا),
 *                or given "by his/her estimate" (حسب تقديرها, بحسب رأيه);
 *   quote      — a named person's statement of fact or position ("الزيارة هامة جدا" from a
 *                named minister is his position: a quote);
 *   fact       — any other checkable statement, in the outlet's voice or a source's.
 */
import { stripProclitic, withoutConjunction } from '../text/clitics.ts';
import type { Token } from '../text/tokens.ts';
import { EVALUATIVE_WORDS, FORECAST_MARKERS, HEDGES, isFutureVerbForm } from './lexicon.ts';
import type { Attribution, ClaimKind } from '../schemas/claim.ts';

const FORECAST = new Set(FORECAST_MARKERS.filter((w) => !w.includes(' ')));
const FORECAST_PHRASES = FORECAST_MARKERS.filter((w) => w.includes(' '));
const HEDGE = new Set(HEDGES.filter((w) => !w.includes(' ') && w !== 'قد'));
const EVALUATIVE = new Set(EVALUATIVE_WORDS.filter((w) => !w.includes(' ')));
// Verbs and nouns that read meaning into events rather than report them.
const INTERPRETIVE = new Set([
  'تعكس',
  'يعكس',
  'تمثل',
  'يمثل',
  'تحمل',
  'يحمل',
  'يبعث',
  'تبعث',
  'تؤكد',
  'يؤكد',
  'تشير',
  'يشير',
  'تعزز',
  'يعزز',
  'تبدو',
  'يبدو',
  'تندرج',
  'يندرج',
  'دلالات',
  'دلاله',
  'رساله',
  'رسائل',
  'مفادها',
  'تكتسب',
  'يكتسب',
  'تمنح',
  'يمنح',
  'تضيف',
  'يضيف',
  'تغير',
  'يغير',
  'تصب',
  'يصب',
  'يعني',
  'تعني',
  'حقيقه',
  'براغماتيه',
  'قراءه',
  'تحولات',
  'بمثابه',
]);
const OPINION_TAIL = /(حسب|بحسب|وفق)\s+(تقدير|راي|وجهه نظر)/;

const isFutureVerb = (t: Token) => isFutureVerbForm(withoutConjunction(t.folded));

/** The kind of a claim, from its tokens and the tokens of its whole sentence. */
export function classifyKind(
  tokens: readonly Token[],
  context: { attribution: Attribution; opinionVerb: boolean; sentence: readonly Token[] },
): { kind: ClaimKind; rules: string[] } {
  const folded = tokens.map((t) => t.folded).join(' ');
  const future =
    tokens.some(
      (t, i) => isFutureVerb(t) || stripProclitic(t.folded, FORECAST) !== undefined || (t.folded === 'قد' && /^[يتن]/.test(tokens[i + 1]?.folded ?? '')),
    ) || FORECAST_PHRASES.some((p) => folded.includes(p));
  if (future) return { kind: 'prediction', rules: ['kind-future-marker'] };
  if (context.opinionVerb) return { kind: 'opinion', rules: ['kind-opinion-verb'] };
  if (tokens.some((t) => stripProclitic(t.folded, HEDGE) !== undefined)) return { kind: 'opinion', rules: ['kind-hedge'] };
  if (OPINION_TAIL.test(context.sentence.map((t) => t.folded).join(' '))) return { kind: 'opinion', rules: ['kind-estimate'] };
  if (tokens.some((t) => stripProclitic(t.folded, INTERPRETIVE) !== undefined)) return { kind: 'opinion', rules: ['kind-interpretive-words'] };
  // A named person's evaluative words state a position, which is a quote; the same words in
  // the outlet's voice or an unnamed source's are an opinion.
  if (context.attribution !== 'named' && tokens.some((t) => stripProclitic(t.folded, EVALUATIVE) !== undefined))
    return { kind: 'opinion', rules: ['kind-interpretive-words'] };
  if (context.attribution === 'named') return { kind: 'quote', rules: ['kind-named-speaker'] };
  return { kind: 'fact', rules: ['kind-statement-of-fact'] };
}
