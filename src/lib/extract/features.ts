/**
 * Named, readable features of one Arabic sentence for the check-worthiness scorer
 * (scorer.ts). Every feature is 0/1 so that a weight reads as "how much this signal moves
 * the log-odds"; the methodology page describes each hand-written one with the string `feature.<name>` (src/i18n).
 *
 * Tweet furniture (URLs, @mentions, emoji, the # of hashtags) is removed first by
 * `normaliseForScoring`, because the scorer is used on news prose, which has none.
 */

import weightsFile from './scorer-weights.json' with { type: 'json' };

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

/** A learned-word feature. */
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
