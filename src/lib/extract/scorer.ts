/**
 * Explainable check-worthiness score of one Arabic sentence: a logistic regression over the
 * named features of features.ts, with weights, bias and threshold fitted by
 * scripts/fit-scorer.ts on CLEF-2024 CheckThat! Task 1 Arabic (see docs/scorer.md).
 * Every score comes with the features that moved it.
 */

import type { ScoreReason } from '../schemas/claim.ts';
import { FEATURE_NAMES, featureValues } from './features.ts';
import type { ParsedText } from '../text/parsed-text.ts';
import { extractFeatures } from './sentence-features.ts';
import weights from './scorer-weights.json' with { type: 'json' };

export interface CheckworthinessScore {
  /** Probability-like score in 0..1 (sigmoid of the linear score). */
  readonly score: number;
  /** 1 when `score >= SCORER_THRESHOLD`. */
  readonly label: 0 | 1;
  /** Features that fired, sorted by |weight × value|, largest first; zero contributions left out. */
  readonly reasons: ScoreReason[];
}

/** The shape of scorer-weights.json, as written by scripts/fit-scorer.ts. */
export interface ScorerWeights {
  readonly featureNames: readonly string[];
  readonly weights: readonly number[];
  readonly bias: number;
  readonly threshold: number;
}

const W: ScorerWeights = weights;

if (W.featureNames.length !== FEATURE_NAMES.length || W.weights.length !== FEATURE_NAMES.length || W.featureNames.some((n, i) => n !== FEATURE_NAMES[i])) {
  throw new Error('scorer-weights.json does not match FEATURE_NAMES in features.ts; refit with `node scripts/fit-scorer.ts`');
}

/** Decision threshold on `score`, chosen on held-out folds of the training data. */
export const SCORER_THRESHOLD: number = W.threshold;

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Scores an ordered feature-value array (same order as `FEATURE_NAMES`). */
export function scoreFeatureValues(values: readonly number[]): CheckworthinessScore {
  let z = W.bias;
  const reasons: ScoreReason[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? 0;
    const weight = W.weights[i] ?? 0;
    z += weight * value;
    if (value !== 0 && weight !== 0) reasons.push({ feature: FEATURE_NAMES[i] ?? '', weight, value });
  }
  reasons.sort((a, b) => Math.abs(b.weight * b.value) - Math.abs(a.weight * a.value));
  const score = sigmoid(z);
  return { score, label: score >= W.threshold ? 1 : 0, reasons };
}

/**
 * Check-worthiness of one sentence; tweet furniture is ignored (scoring-text.ts). `parsed`
 * holds the caller's tokens, numbers and dates of `text`, so they are not made twice.
 */
export function scoreCheckworthiness(text: string, parsed?: ParsedText): CheckworthinessScore {
  return scoreFeatureValues(featureValues(extractFeatures(text, parsed)));
}
