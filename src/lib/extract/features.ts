/**
 * Named, readable features of one Arabic sentence for the check-worthiness scorer
 * (scorer.ts). Every feature is 0/1 so that a weight reads as "how much this signal moves
 * the log-odds"; the UI describes each reason with the string `feature.<name>` (src/i18n).
 *
 * Tweet furniture (URLs, @mentions, emoji, the # of hashtags) is removed first by
 * `normaliseForScoring`, because the scorer is used on news prose, which has none.
 */

import { foldArabic, wordCount } from '../text/arabic-fold.ts';
import { findNumbers } from '../text/arabic-numbers.ts';
import { findDates } from '../text/arabic-dates.ts';
import weightsFile from './scorer-weights.json' with { type: 'json' };
import {
  AFAL_STOPLIST,
  ATTRIBUTION_PREPOSITIONS,
  ATTRIBUTION_VERBS,
  DIALECT_MARKERS,
  EVALUATIVE_WORDS,
  EVENT_VERBS,
  EVIDENCE_WORDS,
  FIRST_PERSON,
  FORECAST_MARKERS,
  isFutureVerbForm,
  HEDGES,
  IMPERATIVES,
  INVOCATIONS,
  NA_SUFFIX_STOPLIST,
  NEGATIONS,
  OFFICIAL_ACTORS,
  OPINION_GO_VERBS,
  OPINION_VERBS,
  PLACE_NAMES,
  QUANTITY_NOUNS,
  RANKING_WORDS,
  SECOND_PERSON,
  SUPERLATIVES,
  UNNAMED_SOURCES,
} from './lexicon.ts';

/** A feature's name; its description for readers is the UI string `feature.<name>` (src/i18n). */
export interface FeatureInfo {
  readonly name: string;
}

/** The hand-written features, in the fixed order used by the weights file (learned words follow). */
export const BASE_FEATURES = [
  { name: 'has_number' },
  { name: 'many_numbers' },
  { name: 'number_with_unit' },
  { name: 'has_ordinal' },
  { name: 'has_percent' },
  { name: 'has_year' },
  { name: 'has_date' },
  { name: 'has_ranking' },
  { name: 'has_superlative' },
  { name: 'has_afal' },
  { name: 'has_event_verb' },
  { name: 'has_attribution_verb' },
  { name: 'has_attribution_prep' },
  { name: 'has_opinion_verb' },
  { name: 'has_unnamed_source' },
  { name: 'has_hedge' },
  { name: 'has_forecast' },
  { name: 'has_negation' },
  { name: 'is_question' },
  { name: 'has_exclamation' },
  { name: 'first_person' },
  { name: 'second_person' },
  { name: 'has_invocation' },
  { name: 'has_imperative' },
  { name: 'has_quote' },
  { name: 'speaker_colon' },
  { name: 'has_breaking' },
  { name: 'has_latin_name' },
  { name: 'has_place' },
  { name: 'has_official' },
  { name: 'has_quantity_noun' },
  { name: 'has_evidence_word' },
  { name: 'has_evaluative' },
  { name: 'has_dialect' },
  { name: 'len_short' },
  { name: 'len_long' },
] as const satisfies readonly FeatureInfo[];

export type BaseFeatureName = (typeof BASE_FEATURES)[number]['name'];
/** A hand-written feature or a learned word, `word:<folded stem>`. */
export type FeatureName = BaseFeatureName | `word:${string}`;

/** Names of the hand-written features, in weight order. */
export const BASE_FEATURE_NAMES: readonly BaseFeatureName[] = BASE_FEATURES.map((f) => f.name);

/**
 * The learned lexical family: folded, clitic-stripped word stems chosen by scripts/fit-scorer.ts
 * on TRAIN (chi-square, minimum document frequency, stable across time-ordered halves) and
 * stored in scorer-weights.json as `word:<stem>`. Each is a 0/1 feature "the text has this word".
 */
export const LEARNED_WORDS: readonly string[] = (weightsFile.featureNames as readonly string[])
  .filter((n) => n.startsWith('word:'))
  .map((n) => n.slice('word:'.length));

/** A learned-word feature (described by the UI string `feature.word`). */
export function wordFeatureInfo(stem: string): FeatureInfo {
  return { name: `word:${stem}` };
}

/** All features in weight order: the hand-written ones, then the learned words. */
export const FEATURES: readonly FeatureInfo[] = [...BASE_FEATURES, ...LEARNED_WORDS.map(wordFeatureInfo)];

/** Feature names in weight order. */
export const FEATURE_NAMES: readonly FeatureName[] = FEATURES.map((f) => f.name as FeatureName);

/** One value per feature, keyed by name; use `featureValues` for the ordered array. */
export type FeatureVector = Record<FeatureName, number>;

/** The values of `v` in `FEATURE_NAMES` order (absent learned words are 0). */
export function featureValues(v: FeatureVector): number[] {
  return FEATURE_NAMES.map((n) => v[n] ?? 0);
}

/** The values of the hand-written features only, in `BASE_FEATURE_NAMES` order. */
export function baseFeatureValues(v: FeatureVector): number[] {
  return BASE_FEATURE_NAMES.map((n) => v[n] ?? 0);
}

/**
 * Folded word stems of a text, for the learned lexical family: Arabic-letter tokens of the
 * normalised, folded text, with و (not ف: فيروس), then لل / ب-ك-ل + ال / ال stripped; stems of one letter
 * are dropped. "وللوزير" → "وزير", "بالمستشفيات" → "مستشفيات".
 */
export function wordStems(text: string): Set<string> {
  const words = foldArabic(normaliseForScoring(text)).match(/[\u0621-\u064A]+/gu) ?? [];
  const out = new Set<string>();
  for (const w of words) {
    const s = stemWord(w);
    if (s.length >= 2) out.add(s);
  }
  return out;
}

export function stemWord(word: string): string {
  let t = word;
  if (/^و/u.test(t) && t.length > 3) t = t.slice(1);
  if (/^لل/u.test(t) && t.length > 4) t = t.slice(2);
  else if (/^[بلك]ال/u.test(t) && t.length > 4) t = t.slice(3);
  else if (/^ال/u.test(t) && t.length > 3) t = t.slice(2);
  return t;
}

// ---------------------------------------------------------------------------------------------
// Normalisation

const URL_RE = /\b(?:https?:\/\/|www\.)\S+|\bpic\.twitter\.com\/\S+/giu;
const MENTION_RE = /(?<![\p{L}\p{N}_])@[A-Za-z0-9_]+/gu;
const HASHTAG_RE = /#([\p{L}\p{M}\p{N}_]+)/gu;
const EMOJI_RE =
  /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u200D\u20E3\u2066-\u2069\uFFFD]/gu;

/**
 * Removes tweet furniture so a tweet reads like prose: URLs, @mentions and emoji go; a
 * hashtag keeps its words ("#صفقة_القرن" → "صفقة القرن"); a leading "RT" goes; HTML entities
 * are decoded; whitespace is collapsed. Prose without furniture is returned unchanged apart
 * from whitespace.
 */
export function normaliseForScoring(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/^\s*RT\b\s*(?:@[A-Za-z0-9_]+)?\s*:?/u, ' ')
    .replace(URL_RE, ' ')
    .replace(/^(?:\s*@[A-Za-z0-9_]+)+\s*:?/u, ' ')
    .replace(MENTION_RE, ' ')
    .replace(HASHTAG_RE, (_m, words: string) => ` ${words.replace(/_+/g, ' ')} `)
    .replace(EMOJI_RE, ' ')
    .replace(/\s+([.,،؛:!?؟])/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Lexicon matching

/** Which proclitics may be stripped from a token before looking it up. */
type Proclitics = 'none' | 'conj' | 'noun';

interface CompiledList {
  readonly singles: ReadonlySet<string>;
  readonly phrases: readonly (readonly string[])[];
  readonly mode: Proclitics;
}

function compile(list: Iterable<string>, mode: Proclitics): CompiledList {
  const singles = new Set<string>();
  const phrases: string[][] = [];
  for (const entry of list) {
    const words = entry.split(' ');
    if (words.length === 1) singles.add(entry);
    else phrases.push(words);
  }
  return { singles, phrases, mode };
}

/** Spellings of `token` with the allowed proclitics removed (the token itself first). */
function candidates(token: string, mode: Proclitics): string[] {
  const out = [token];
  if (mode === 'none') return out;
  const conj: string[] = [token];
  if (/^[وف]/u.test(token) && token.length > 2) conj.push(token.slice(1));
  out.push(...conj.slice(1));
  if (mode === 'conj') return out;
  for (const t of conj) {
    if (/^لل/u.test(t) && t.length > 3) out.push(`ال${t.slice(2)}`, t.slice(2));
    let rest = t;
    if (/^[بلك]/u.test(t) && t.length > 3) {
      rest = t.slice(1);
      out.push(rest);
    }
    if (/^ال/u.test(rest) && rest.length > 3) out.push(rest.slice(2));
  }
  return out;
}

interface Tokens {
  readonly words: readonly string[];
  readonly cache: Map<string, string[]>;
}

function tokenCandidates(t: Tokens, i: number, mode: Proclitics): string[] {
  const word = t.words[i];
  if (word === undefined) return [];
  const key = `${mode}:${i}`;
  let c = t.cache.get(key);
  if (c === undefined) {
    c = candidates(word, mode);
    t.cache.set(key, c);
  }
  return c;
}

/** Number of places where an entry of `list` occurs in the tokens. */
function countMatches(t: Tokens, list: CompiledList): number {
  let n = 0;
  for (let i = 0; i < t.words.length; i++) {
    const cands = tokenCandidates(t, i, list.mode);
    if (cands.some((c) => list.singles.has(c))) {
      n++;
      continue;
    }
    for (const phrase of list.phrases) {
      const [head, ...tail] = phrase;
      if (head === undefined || !cands.includes(head)) continue;
      if (tail.every((w, k) => t.words[i + 1 + k] === w)) {
        n++;
        break;
      }
    }
  }
  return n;
}

function has(t: Tokens, list: CompiledList): boolean {
  return countMatches(t, list) > 0;
}

const L = {
  attributionVerbs: compile(ATTRIBUTION_VERBS.keys(), 'conj'),
  attributionPreps: compile(ATTRIBUTION_PREPOSITIONS, 'conj'),
  opinion: compile(OPINION_VERBS, 'conj'),
  opinionGo: compile(OPINION_GO_VERBS, 'conj'),
  event: compile(EVENT_VERBS, 'conj'),
  ranking: compile(RANKING_WORDS, 'noun'),
  superlatives: compile(SUPERLATIVES, 'noun'),
  hedges: compile(HEDGES, 'conj'),
  forecast: compile(FORECAST_MARKERS, 'noun'),
  unnamed: compile(UNNAMED_SOURCES, 'noun'),
  negations: compile(NEGATIONS, 'conj'),
  official: compile(OFFICIAL_ACTORS, 'noun'),
  places: compile(PLACE_NAMES, 'noun'),
  quantity: compile(QUANTITY_NOUNS, 'noun'),
  evidence: compile(EVIDENCE_WORDS, 'noun'),
  firstPerson: compile(FIRST_PERSON, 'conj'),
  secondPerson: compile(SECOND_PERSON, 'conj'),
  invocations: compile(INVOCATIONS, 'conj'),
  imperatives: compile(IMPERATIVES, 'conj'),
  evaluative: compile(EVALUATIVE_WORDS, 'noun'),
  dialect: compile(DIALECT_MARKERS, 'conj'),
} as const;

const AFAL_STOP = new Set(AFAL_STOPLIST);
const SUPERLATIVE_SET = new Set(SUPERLATIVES);
const NA_STOP = new Set(NA_SUFFIX_STOPLIST);
const QUESTION_WORDS = new Set(['هل', 'ما', 'ماذا', 'لماذا', 'لما', 'كيف', 'متي', 'اين', 'كم', 'اليس', 'ايهما']);

/** أفعل: four letters, alef first, not the article ال; after stripping و/ف/ب/ل/ال. */
function isAfal(t: Tokens, i: number): boolean {
  return tokenCandidates(t, i, 'noun').some(
    (c) =>
      /^ا[^اويل][^اوي][\u0621-\u064A]$/u.test(c) && !AFAL_STOP.has(c) && !SUPERLATIVE_SET.has(c),
  );
}

/** سـ + imperfect prefix: "سيظل", "ستكون", "سيتم", "وسنعمل"; not "سياسة", "سنة". */
function isFutureVerb(t: Tokens, i: number): boolean {
  return tokenCandidates(t, i, 'conj').some(isFutureVerbForm);
}

/** "يذهب … إلى أن" with up to three words between. */
function hasGoToThat(t: Tokens): boolean {
  for (let i = 0; i < t.words.length; i++) {
    if (!tokenCandidates(t, i, 'conj').some((c) => L.opinionGo.singles.has(c))) continue;
    for (let j = i + 1; j <= i + 4 && j + 1 < t.words.length; j++) {
      if (t.words[j] === 'الي' && /^ان(ه|ها|هم)?$/u.test(t.words[j + 1] ?? '')) return true;
    }
  }
  return false;
}

function isFirstPersonSuffix(word: string): boolean {
  const w = word.replace(/^[وف]/u, '');
  return w.length >= 5 && w.endsWith('نا') && !w.endsWith('ينا') && !NA_STOP.has(w) && !NA_STOP.has(w.replace(/^(ال|[بلك])/u, ''));
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
export function extractFeatures(text: string): FeatureVector {
  const base = extractBaseFeatures(text);
  const out: FeatureVector = { ...base };
  if (LEARNED_WORDS.length > 0) {
    const stems = wordStems(text);
    for (const w of LEARNED_WORDS) out[`word:${w}`] = stems.has(w) ? 1 : 0;
  }
  return out;
}

/** The hand-written features only (what scripts/fit-scorer.ts combines with its own word list). */
export function extractBaseFeatures(text: string): Record<BaseFeatureName, number> {
  const clean = normaliseForScoring(text);
  const folded = foldArabic(clean);
  const words = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  const t: Tokens = { words, cache: new Map() };

  const numbers = findNumbers(clean);
  const dates = findDates(clean);
  const plainNumbers = numbers.filter((n) => n.kind === 'cardinal' || n.kind === 'percent');
  const hasYear = numbers.some((n) => n.kind === 'year') || dates.some((d) => d.year !== undefined);
  const hasDate = dates.some(
    (d) => d.month !== undefined || d.day !== undefined || d.weekday !== undefined || d.relative !== undefined,
  );

  // A number followed (within two words) by a unit or counted noun: "750 مليون دولار".
  const numberWithUnit = plainNumbers.some((n) => {
    if (n.kind === 'percent') return true;
    const inRaw = foldArabic(n.raw).match(/[\p{L}]+/gu) ?? [];
    const after = foldArabic(clean.slice(n.end, n.end + 40)).match(/[\p{L}\p{N}]+/gu) ?? [];
    const near: Tokens = { words: [...inRaw, ...after.slice(0, 2)], cache: new Map() };
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

  const firstWord = tokenCandidates(t, 0, 'conj');
  const isQuestion = /[?؟]/u.test(clean) || firstWord.some((w) => QUESTION_WORDS.has(w));
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
    has_breaking: b(words.slice(0, 4).some((w) => BREAKING.has(w.replace(/^[وف]/u, '')))),
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
