/**
 * fact | quote | opinion | prediction, by rules a reader can check (docs/claims.md):
 *   prediction — the statement is about the future: سيظل, ستكون, لن تغير, من شأنها, قد يسهم,
 *                ربما يؤدي; or a scheduled or intended event: من المقرر, من المنتظر, يعتزم;
 *   opinion    — an assessment: brought by an opinion verb (يرى, يذهب … إلى أن, يرجح), hedged
 *                (ربما, لعل), read through interpretive words (تعكس, تمثل, دلالات, وصفه بـ,
 *                مشيدًا), judged (صعب, خطير, إيجابي: by anyone), or given "by his/her estimate"
 *                (حسب تقديرها, بحسب رأيه);
 *   quote      — a named person's or an institution's statement of fact or position ("الزيارة
 *                هامة جدا" from a named minister is his position: a quote);
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
  'تجسد',
  'يجسد',
  'ترسخ',
  'يرسخ',
  // describing, praising, giving a cause: "على ما وصفه بـ", "مشيدًا بـ", "وأرجع محللون ذلك إلى"
  'وصفه',
  'وصفها',
  'وصفته',
  'واصفا',
  'واصفه',
  'اشاد',
  'اشادت',
  'يشيد',
  'تشيد',
  'مشيدا',
  'مشيده',
  'ارجع',
  'ارجعت',
  'ارجعوا',
  'عزا',
  'عزت',
  'يعزو',
]);
// "يضيف/تضيف" reads meaning in ("تضيف بعدًا") except when what is added is a score ("يضيف هدفه").
const ADDS = new Set(['يضيف', 'تضيف']);
const SCORE_NOUN = /^(ال)?(هدف|نقط|نقاط)/;
// Judgements of quality, difficulty or danger: an opinion whoever gives it.
const JUDGEMENTS = new Set([
  'صعب',
  'صعبه',
  'صعوبه',
  'خطير',
  'خطيره',
  'خطوره',
  'ايجابي',
  'ايجابيه',
  'سلبي',
  'سلبيه',
  'ممتاز',
  'ممتازه',
  'سيء',
  'سيئ',
  'سيئه',
  'السليم',
  'الخاطئ',
  'متفائل',
  'متفائله',
  'متشائم',
  'قلق',
  'بقلق',
  'مؤسف',
  'مؤسفه',
]);
// A scheduled or intended event: "من المقرر أن", "من المنتظر", "يعتزم", "المزمع".
const SCHEDULE = new Set(['يعتزم', 'تعتزم', 'يعتزمون', 'نعتزم', 'اعتزم', 'ينوي', 'تنوي', 'ننوي', 'المزمع', 'المرتقب', 'المرتقبه', 'يرتقب']);
const SCHEDULE_PHRASES = ['من المقرر', 'من المنتظر', 'من المزمع', 'من المرتقب', 'من المتوقع'];
// An imperfect verb after a hedge ("ربما يؤدي"): a hedged forecast.
const IMPERFECT = /^[يتن][\u0621-\u064A]{2,}$/u;
// A claim opened by a participle of judging or forecasting: "، معتبرةً أن …" (opinion), "، متوقعًا أن …" (prediction).
const OPINION_PARTICIPLES = new Set(['معتبرا', 'معتبره', 'مرجحا', 'مرجحه', 'واصفا', 'واصفه']);
const FORECAST_PARTICIPLES = new Set(['متوقعا', 'متوقعه']);
const OPINION_TAIL = /(حسب|بحسب|وفق)\s+(تقدير|راي|وجهه نظر)/;

const addsScore = (tokens: readonly Token[], i: number) =>
  ADDS.has(withoutConjunction(tokens[i]!.folded)) && tokens.slice(i + 1, i + 4).some((t) => SCORE_NOUN.test(t.folded));
const isFutureVerb = (t: Token) => isFutureVerbForm(withoutConjunction(t.folded));

/** The kind of a claim, from its tokens and the tokens of its whole sentence. */
export function classifyKind(
  tokens: readonly Token[],
  context: { attribution: Attribution; opinionVerb: boolean; reportingVerb?: boolean; sentence: readonly Token[] },
): { kind: ClaimKind; rules: string[] } {
  // What follows "ما إذا" (whether) is not asserted: "لم يتضح ما إذا كانت الأسعار قد ترتفع".
  const whether = tokens.findIndex((t, i) => t.folded === 'اذا' && /^(ما|عما|فيما)$/.test(tokens[i - 1]?.folded ?? ''));
  const asserted = whether > 0 ? tokens.slice(0, whether - 1) : tokens;
  const folded = asserted.map((t) => t.folded).join(' ');
  const opener = withoutConjunction(tokens[0]?.folded ?? '');
  const future =
    FORECAST_PARTICIPLES.has(opener) ||
    asserted.some(
      (t, i) =>
        isFutureVerb(t) ||
        stripProclitic(t.folded, FORECAST) !== undefined ||
        stripProclitic(t.folded, SCHEDULE) !== undefined ||
        ((t.folded === 'قد' || stripProclitic(t.folded, HEDGE) !== undefined) && IMPERFECT.test(asserted[i + 1]?.folded ?? '')),
    ) ||
    FORECAST_PHRASES.some((p) => folded.includes(p)) ||
    SCHEDULE_PHRASES.some((p) => folded.includes(p));
  if (future) return { kind: 'prediction', rules: ['kind-future-marker'] };
  if (OPINION_PARTICIPLES.has(opener)) return { kind: 'opinion', rules: ['kind-opinion-verb'] };
  if (context.opinionVerb) return { kind: 'opinion', rules: ['kind-opinion-verb'] };
  if (tokens.some((t) => stripProclitic(t.folded, HEDGE) !== undefined)) return { kind: 'opinion', rules: ['kind-hedge'] };
  if (OPINION_TAIL.test(context.sentence.map((t) => t.folded).join(' '))) return { kind: 'opinion', rules: ['kind-estimate'] };
  if (tokens.some((t, i) => stripProclitic(t.folded, INTERPRETIVE) !== undefined && !addsScore(tokens, i)))
    return { kind: 'opinion', rules: ['kind-interpretive-words'] };
  if (tokens.some((t) => stripProclitic(t.folded, JUDGEMENTS) !== undefined)) return { kind: 'opinion', rules: ['kind-judgement'] };
  // A named person's evaluative words state a position, which is a quote; the same words in
  // the outlet's voice or an unnamed source's are an opinion.
  if (context.attribution !== 'named' && tokens.some((t) => stripProclitic(t.folded, EVALUATIVE) !== undefined))
    return { kind: 'opinion', rules: ['kind-interpretive-words'] };
  if (context.attribution === 'named') return { kind: 'quote', rules: ['kind-named-speaker'] };
  // An institution that speaks ("أعلنت الوزارة أن …") is quoted; one cited after an event the
  // outlet reports ("…، وفق مكتب الرئاسة") is the outlet's source for a fact.
  if (context.attribution === 'institution' && context.reportingVerb) return { kind: 'quote', rules: ['kind-institution-speaker'] };
  return { kind: 'fact', rules: ['kind-statement-of-fact'] };
}
