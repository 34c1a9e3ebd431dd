/**
 * The features of one sentence (or tweet) for the check-worthiness scorer: the values of the
 * feature table of features.ts, computed from the scoring text (scoring-text.ts), its words
 * matched against the lexicon (lexicon-match.ts), its numbers and dates, and its word stems.
 */

import { foldArabic, wordCount } from '../text/arabic-fold.ts';
import { cliticReadings, PREPOSITIONS, withoutConjunction } from '../text/clitics.ts';
import { parseText, type ParsedText } from '../text/parsed-text.ts';
import { tokensIn } from '../text/tokens.ts';
import { isQuestionWord } from '../text/word-lists.ts';
import { LEARNED_WORDS, type BaseFeatureName, type FeatureVector } from './features.ts';
import { has, L, matchWords, tokenCandidates, type MatchWords } from './lexicon-match.ts';
import { AFAL_STOPLIST, isFutureVerbForm, NA_SUFFIX_STOPLIST, SUPERLATIVES } from './lexicon.ts';
import { normaliseForScoring } from './scoring-text.ts';
import { wordStems } from './word-stems.ts';

const AFAL_STOP = new Set(AFAL_STOPLIST);
const SUPERLATIVE_SET = new Set(SUPERLATIVES);
const NA_STOP = new Set(NA_SUFFIX_STOPLIST);

/** أفعل: four letters, alef first, not the article ال; after stripping و/ف/ب/ل/ال. */
function isAfal(t: MatchWords, i: number): boolean {
  return tokenCandidates(t, i, 'noun').some((c) => /^ا[^اويل][^اوي][\u0621-\u064A]$/u.test(c) && !AFAL_STOP.has(c) && !SUPERLATIVE_SET.has(c));
}

/** سـ + imperfect prefix: "سيظل", "ستكون", "سيتم", "وسنعمل"; not "سياسة", "سنة". */
function isFutureVerb(t: MatchWords, i: number): boolean {
  return tokenCandidates(t, i, 'conj').some(isFutureVerbForm);
}

/** "يذهب … إلى أن" with up to three words between. */
function hasGoToThat(t: MatchWords): boolean {
  for (let i = 0; i < t.words.length; i++) {
    if (!tokenCandidates(t, i, 'conj').some((c) => L.opinionGo.singles.has(c))) continue;
    for (let j = i + 1; j <= i + 4 && j + 1 < t.words.length; j++) {
      if (t.words[j] === 'الي' && /^ان(ه|ها|هم)?$/u.test(t.words[j + 1] ?? '')) return true;
    }
  }
  return false;
}

/** The word without ال, or without one preposition (لدينا), as the ـنا stoplist may list it. */
const NA_CLITICS = { prep: PREPOSITIONS, article: 'any', minRest: 0, minCore: 0 } as const;
const oneLayerOff = (w: string): string => cliticReadings(w, NA_CLITICS).find((r) => (r.prep === '') === r.definite)?.core ?? w;

/** ـنا "our/us" on a word of five letters or more after its conjunction: "حكومتنا", "وبلادنا". */
function isFirstPersonSuffix(word: string): boolean {
  const w = withoutConjunction(word);
  return w.length >= 5 && w.endsWith('نا') && !w.endsWith('ينا') && !NA_STOP.has(w) && !NA_STOP.has(oneLayerOff(w));
}

const LATIN_NAME_RE = /(?<![A-Za-z])[A-Z][A-Za-z]+/u;
/** A colon after one to eight words at the start of the text or of a clause: "وزير الخارجية: تم الاتفاق". */
const SPEAKER_COLON_RE = /(?:^|[.،؛!؟?]\s*)(?:[^\s:.،؛]+\s+){0,7}[^\s:.،؛]+\s*:\s*\S/u;
const BREAKING = new Set(['عاجل', 'عاجله', 'خبر عاجل']);
const QUOTE_RE = /«[^»]{3,}»|"[^"]{3,}"|“[^”]{3,}”|'[^']{3,}'/u;

const b = (x: boolean): number => (x ? 1 : 0);

/**
 * The features of one sentence (or tweet). Normalises tweet furniture first, then folds
 * the text for lexicon matching; numbers and dates are found on the unfolded text.
 */
export function extractFeatures(text: string, parsed?: ParsedText): FeatureVector {
  const input = scoringInput(text, parsed);
  const out: FeatureVector = { ...baseFeatures(input) };
  if (LEARNED_WORDS.length > 0) {
    const stems = wordStems(input.text, input.tokens);
    for (const w of LEARNED_WORDS) out[`word:${w}`] = stems.has(w) ? 1 : 0;
  }
  return out;
}

/**
 * The scoring text (normaliseForScoring) parsed: the caller's tokens, numbers and dates serve
 * when the text has no tweet furniture (news prose).
 */
function scoringInput(text: string, parsed: ParsedText | undefined): ParsedText {
  const clean = normaliseForScoring(text);
  return parsed && clean === text ? parsed : parseText(clean);
}

/** The hand-written features only (what scripts/fit-scorer.ts combines with its own word list). */
export function extractBaseFeatures(text: string, parsed?: ParsedText): Record<BaseFeatureName, number> {
  return baseFeatures(scoringInput(text, parsed));
}

function baseFeatures({ text: clean, tokens, numbers, dates }: ParsedText): Record<BaseFeatureName, number> {
  // Letters and digits only: a token may hold an underscore or a non-Arabic mark.
  const words = tokens.flatMap((tok) => tok.folded.match(/[\p{L}\p{N}]+/gu) ?? []);
  const t = matchWords(words);

  const plainNumbers = numbers.filter((n) => n.kind === 'cardinal' || n.kind === 'percent');
  const hasYear = numbers.some((n) => n.kind === 'year') || dates.some((d) => d.year !== undefined);
  const hasDate = dates.some((d) => d.month !== undefined || d.day !== undefined || d.weekday !== undefined || d.relative !== undefined);

  // A number followed (within two words) by a unit or counted noun: "750 مليون دولار".
  const numberWithUnit = plainNumbers.some((n) => {
    if (n.kind === 'percent') return true;
    const inRaw = foldArabic(n.raw).match(/[\p{L}]+/gu) ?? [];
    const after = tokensIn(tokens, n.end, n.end + 40).flatMap((tok) => tok.folded.match(/[\p{L}\p{N}]+/gu) ?? []);
    const near = matchWords([...inRaw, ...after.slice(0, 2)]);
    return has(near, L.quantity);
  });

  let afal = false;
  let future = false;
  let firstSuffix = false;
  for (let i = 0; i < words.length; i++) {
    afal ||= isAfal(t, i);
    future ||= isFutureVerb(t, i);
    firstSuffix ||= isFirstPersonSuffix(words[i] ?? '');
  }

  // A question mark anywhere: a tweet often asks in the middle.
  const isQuestion = /[?؟]/u.test(clean) || (words[0] !== undefined && isQuestionWord(words[0]));
  const n = wordCount(clean);

  return {
    has_number: b(plainNumbers.length > 0),
    many_numbers: b(plainNumbers.length >= 2),
    number_with_unit: b(numberWithUnit),
    has_ordinal: b(numbers.some((x) => x.kind === 'ordinal')),
    has_percent: b(numbers.some((x) => x.kind === 'percent') || /%|٪/u.test(clean)),
    has_year: b(hasYear),
    has_date: b(hasDate),
    has_ranking: b(has(t, L.ranking)),
    has_superlative: b(has(t, L.superlatives)),
    has_afal: b(afal),
    has_event_verb: b(has(t, L.event)),
    has_attribution_verb: b(has(t, L.attributionVerbs)),
    has_attribution_prep: b(has(t, L.attributionPreps)),
    has_opinion_verb: b(has(t, L.opinion) || hasGoToThat(t)),
    has_unnamed_source: b(has(t, L.unnamed)),
    has_hedge: b(has(t, L.hedges)),
    has_forecast: b(future || has(t, L.forecast)),
    has_negation: b(has(t, L.negations)),
    is_question: b(isQuestion),
    has_exclamation: b(/!/u.test(clean)),
    first_person: b(firstSuffix || has(t, L.firstPerson)),
    second_person: b(has(t, L.secondPerson)),
    has_invocation: b(has(t, L.invocations)),
    has_imperative: b(has(t, L.imperatives)),
    has_quote: b(QUOTE_RE.test(clean)),
    speaker_colon: b(SPEAKER_COLON_RE.test(clean)),
    has_breaking: b(words.slice(0, 4).some((w) => BREAKING.has(withoutConjunction(w)))),
    has_latin_name: b(LATIN_NAME_RE.test(clean)),
    has_place: b(has(t, L.places)),
    has_official: b(has(t, L.official)),
    has_quantity_noun: b(has(t, L.quantity)),
    has_evidence_word: b(has(t, L.evidence)),
    has_evaluative: b(has(t, L.evaluative)),
    has_dialect: b(has(t, L.dialect)),
    len_short: b(n < 8),
    len_long: b(n >= 25),
  };
}
