/**
 * Fits the check-worthiness scorer (src/lib/extract/scorer.ts): L2-regularised logistic
 * regression over the named features of src/lib/extract/features.ts, by plain batch gradient
 * descent, no dependencies. Deterministic: folds are blocks of train in tweet-id (time) order.
 *
 *   node scripts/fit-scorer.ts [--data DIR] [--out FILE] [--date YYYY-MM-DD]
 *
 * DIR holds train.tsv and dev.tsv (columns id, text, label); default ../shared/checkworthy
 * relative to the project root. Hyper-parameters (L2 strength, class weighting) and the
 * decision threshold, and the number of learned words, are chosen on out-of-fold scores of a 5-fold
 * time-ordered split of TRAIN; dev is only
 * measured, after the fact, and its figures are written beside the weights.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BASE_FEATURE_NAMES, baseFeatureValues } from '../src/lib/extract/features.ts';
import { extractBaseFeatures } from '../src/lib/extract/sentence-features.ts';
import { stemWord, wordStems } from '../src/lib/extract/word-stems.ts';
import { LEARNED_WORD_STOPLIST, PLACE_NAMES } from '../src/lib/extract/lexicon.ts';
import type { FeatureVector } from '../src/lib/extract/features.ts';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_DATA_DIR = resolve(PROJECT_ROOT, '../shared/checkworthy');

export interface Row {
  readonly id: string;
  readonly text: string;
  readonly label: 0 | 1;
}

/** Reads a tab-separated file with a header `id	text	label`. */
export function readTsv(path: string): Row[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  const iId = header.indexOf('id');
  const iText = header.indexOf('text');
  const iLabel = header.indexOf('label');
  if (iId < 0 || iText < 0 || iLabel < 0) throw new Error(`${path}: expected columns id, text, label`);
  const rows: Row[] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const cols = line.split('\t');
    const label = cols[iLabel]?.trim();
    if (label !== '0' && label !== '1') throw new Error(`${path}: bad label in ${line.slice(0, 80)}`);
    rows.push({ id: cols[iId] ?? '', text: cols[iText] ?? '', label: label === '1' ? 1 : 0 });
  }
  return rows;
}

export interface Metrics {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  macroF1: number;
  mcc: number;
  accuracy: number;
}

const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** Binary classification figures; F1 is of the positive class. */
export function binaryMetrics(gold: readonly (0 | 1)[], pred: readonly (0 | 1)[]): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  gold.forEach((g, i) => {
    const p = pred[i];
    if (g === 1 && p === 1) tp++;
    else if (g === 0 && p === 1) fp++;
    else if (g === 1) fn++;
    else tn++;
  });
  const f1of = (t: number, f1: number, f2: number): number => (t === 0 ? 0 : (2 * t) / (2 * t + f1 + f2));
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = f1of(tp, fp, fn);
  const f1neg = f1of(tn, fn, fp);
  const denom = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
  const mcc = denom === 0 ? 0 : (tp * tn - fp * fn) / denom;
  return {
    n: gold.length,
    tp,
    fp,
    fn,
    tn,
    precision: r4(precision),
    recall: r4(recall),
    f1: r4(f1),
    macroF1: r4((f1 + f1neg) / 2),
    mcc: r4(mcc),
    accuracy: r4((tp + tn) / Math.max(1, gold.length)),
  };
}

/** FNV-1a 32-bit hash, for deterministic fold assignment. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export interface FitOptions {
  /** L2 penalty on the weights (not the bias), per example. */
  readonly lambda: number;
  /** Weight positives and negatives so each class counts half. */
  readonly balanced: boolean;
  readonly iterations: number;
  readonly learningRate: number;
}

export interface Model {
  readonly weights: number[];
  readonly bias: number;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Batch gradient descent on the (class-weighted) mean log-loss plus λ/2·‖w‖²; rows may be sparse-ish (zeros skipped). */
export function fitLogistic(X: readonly number[][], y: readonly (0 | 1)[], o: FitOptions): Model {
  const n = X.length;
  const d = X[0]?.length ?? 0;
  const rows = X.map((x) => {
    const idx: number[] = [];
    const val: number[] = [];
    x.forEach((v, j) => {
      if (v !== 0) {
        idx.push(j);
        val.push(v);
      }
    });
    return { idx, val };
  });
  const pos = y.filter((v) => v === 1).length;
  const cw1 = o.balanced ? n / (2 * Math.max(1, pos)) : 1;
  const cw0 = o.balanced ? n / (2 * Math.max(1, n - pos)) : 1;
  const w = new Float64Array(d);
  let bias = 0;
  const grad = new Float64Array(d);
  for (let it = 0; it < o.iterations; it++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const r = rows[i];
      if (r === undefined) continue;
      let z = bias;
      for (let k = 0; k < r.idx.length; k++) z += (w[r.idx[k] ?? 0] ?? 0) * (r.val[k] ?? 0);
      const yi = y[i] ?? 0;
      const err = (sigmoid(z) - yi) * (yi === 1 ? cw1 : cw0);
      gb += err;
      for (let k = 0; k < r.idx.length; k++) {
        const j = r.idx[k] ?? 0;
        grad[j] = (grad[j] ?? 0) + err * (r.val[k] ?? 0);
      }
    }
    for (let j = 0; j < d; j++) w[j] = (w[j] ?? 0) - o.learningRate * ((grad[j] ?? 0) / n + o.lambda * (w[j] ?? 0));
    bias -= o.learningRate * (gb / n);
  }
  return { weights: Array.from(w), bias };
}

export function predict(m: Model, x: readonly number[]): number {
  let z = m.bias;
  for (let j = 0; j < x.length; j++) z += (m.weights[j] ?? 0) * (x[j] ?? 0);
  return sigmoid(z);
}

/** The threshold on `scores` that maximises positive-class F1 (midpoint between distinct scores). */
export function bestThreshold(scores: readonly number[], gold: readonly (0 | 1)[]): { threshold: number; f1: number } {
  const order = scores.map((s, i) => ({ s, g: gold[i] ?? 0 })).sort((a, b) => b.s - a.s);
  const totalPos = order.filter((o) => o.g === 1).length;
  let tp = 0;
  let fp = 0;
  let best = { threshold: 1, f1: 0 };
  for (let k = 0; k < order.length; k++) {
    const cur = order[k];
    if (cur === undefined) break;
    if (cur.g === 1) tp++;
    else fp++;
    const next = order[k + 1];
    if (next !== undefined && next.s === cur.s) continue; // ties go together
    const f1 = (2 * tp) / (2 * tp + fp + (totalPos - tp));
    if (f1 > best.f1) best = { threshold: next === undefined ? cur.s : (cur.s + next.s) / 2, f1 };
  }
  return best;
}

const FOLDS = 5;

/** Compares tweet ids numerically (ids are time-ordered). */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Fold of each row: FOLDS contiguous blocks of the rows in id (= time) order, so CV simulates topic drift. */
export function timeFolds(rows: readonly Row[], folds: number): number[] {
  const order = rows.map((_, i) => i).sort((a, b) => compareIds(rows[a]?.id ?? '', rows[b]?.id ?? '') || a - b);
  const out = new Array<number>(rows.length).fill(0);
  order.forEach((i, k) => {
    out[i] = Math.floor((k * folds) / rows.length);
  });
  return out;
}

/** Topic, place and nationality stems that are never learned (lexicon.ts). */
const TOPIC_STOP = new Set([...LEARNED_WORD_STOPLIST, ...PLACE_NAMES.map(stemWord)]);

export interface WordOptions {
  /** How many words to keep. */
  readonly k: number;
  /** Minimum number of texts a word must occur in. */
  readonly minDf: number;
}

/**
 * The learned words: stems of `ids` ranked by chi-square against the label, kept only when they
 * occur in at least `minDf` texts, in at least 3 texts of each time-ordered half of `ids`, and
 * lean the same way (above or below the base positive rate) in both halves: a topic word whose
 * meaning for the label flips with the news cycle is dropped. Topic, place and nationality
 * stems (LEARNED_WORD_STOPLIST, PLACE_NAMES) are never kept. Ties break alphabetically.
 */
export function selectWords(ids: readonly number[], rows: readonly Row[], stems: readonly Set<string>[], o: WordOptions): string[] {
  const sorted = [...ids].sort((a, b) => compareIds(rows[a]?.id ?? '', rows[b]?.id ?? '') || a - b);
  const stats = new Map<string, number[]>(); // df, positives, df half 1, pos half 1, df half 2, pos half 2
  let positives = 0;
  sorted.forEach((i, k) => {
    const label = rows[i]?.label ?? 0;
    positives += label;
    const h = k < sorted.length / 2 ? 2 : 4;
    for (const w of stems[i] ?? []) {
      let c = stats.get(w);
      if (c === undefined) {
        c = [0, 0, 0, 0, 0, 0];
        stats.set(w, c);
      }
      c[0] = (c[0] ?? 0) + 1;
      c[1] = (c[1] ?? 0) + label;
      c[h] = (c[h] ?? 0) + 1;
      c[h + 1] = (c[h + 1] ?? 0) + label;
    }
  });
  const n = sorted.length;
  const rate = positives / Math.max(1, n);
  const scored: [string, number][] = [];
  for (const [w, [df = 0, p = 0, d1 = 0, p1 = 0, d2 = 0, p2 = 0]] of stats) {
    if (TOPIC_STOP.has(w)) continue;
    if (df < o.minDf || d1 < 3 || d2 < 3) continue;
    const lean1 = Math.sign((p1 + rate) / (d1 + 1) - rate);
    const lean2 = Math.sign((p2 + rate) / (d2 + 1) - rate);
    if (lean1 !== lean2) continue;
    const a = p;
    const b = df - p;
    const c = positives - p;
    const d = n - df - c;
    const den = (a + b) * (c + d) * (a + c) * (b + d);
    scored.push([w, den === 0 ? 0 : (n * (a * d - b * c) ** 2) / den]);
  }
  scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return scored.slice(0, o.k).map(([w]) => w);
}

/** Base feature values followed by one 0/1 value per word of `words`. */
export function withWords(base: readonly number[], stems: Set<string>, words: readonly string[]): number[] {
  return [...base, ...words.map((w) => (stems.has(w) ? 1 : 0))];
}

function main(): void {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      out: { type: 'string' },
      date: { type: 'string' },
    },
  });
  const dataDir = values.data === undefined ? DEFAULT_DATA_DIR : resolve(values.data);
  const outPath = values.out ?? join(PROJECT_ROOT, 'src/lib/extract/scorer-weights.json');
  const date = values.date ?? new Date().toISOString().slice(0, 10);

  const train = readTsv(join(dataDir, 'train.tsv'));
  const dev = readTsv(join(dataDir, 'dev.tsv'));
  const t0 = performance.now();
  const base = (text: string): number[] => baseFeatureValues(extractBaseFeatures(text) as FeatureVector);
  const X0 = train.map((r) => base(r.text));
  const S = train.map((r) => wordStems(r.text));
  const y = train.map((r) => r.label);
  console.log(`features of ${train.length} train texts in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const fold = timeFolds(train, FOLDS);
  const iterations = 1000;
  const learningRate = 1;
  const grid: { o: FitOptions; words: WordOptions }[] = [];
  for (const k of [0, 100, 200, 300]) {
    for (const lambda of [1e-3, 1e-2, 3e-2]) {
      for (const balanced of [false, true]) grid.push({ o: { lambda, balanced, iterations, learningRate }, words: { k, minDf: 20 } });
    }
  }

  let best: { o: FitOptions; words: WordOptions; threshold: number; f1: number; oof: Metrics } | undefined;
  for (const g of grid) {
    const oof = new Array<number>(train.length).fill(0);
    for (let f = 0; f < FOLDS; f++) {
      const idx = fold.map((k, i) => (k === f ? -1 : i)).filter((i) => i >= 0);
      const words = g.words.k === 0 ? [] : selectWords(idx, train, S, g.words);
      const Xf = X0.map((x, i) => withWords(x, S[i] ?? new Set(), words));
      const m = fitLogistic(
        idx.map((i) => Xf[i] ?? []),
        idx.map((i) => y[i] ?? 0),
        g.o,
      );
      fold.forEach((k, i) => {
        if (k === f) oof[i] = predict(m, Xf[i] ?? []);
      });
    }
    const t = bestThreshold(oof, y);
    const pred = oof.map((s) => (s >= t.threshold ? 1 : 0) as 0 | 1);
    const mt = binaryMetrics(y, pred);
    console.log(
      `words=${g.words.k} λ=${g.o.lambda} balanced=${g.o.balanced}: ` +
        `out-of-fold F1=${mt.f1} macroF1=${mt.macroF1} MCC=${mt.mcc} at threshold ${t.threshold.toFixed(3)}`,
    );
    if (best === undefined || t.f1 > best.f1 + 1e-9) best = { ...g, threshold: t.threshold, f1: t.f1, oof: mt };
  }
  if (best === undefined) throw new Error('empty grid');

  // Rounded once, so the figures below are those of the weights file exactly.
  const allIds = train.map((_, i) => i);
  const words = best.words.k === 0 ? [] : selectWords(allIds, train, S, best.words);
  const X = X0.map((x, i) => withWords(x, S[i] ?? new Set(), words));
  const fitted = fitLogistic(X, y, best.o);
  const model: Model = { weights: fitted.weights.map(r4), bias: r4(fitted.bias) };
  const threshold = Math.round(best.threshold * 1e4) / 1e4;

  const evaluate = (rows: readonly Row[], Xs?: number[][]): { model: Metrics; allPositive: Metrics } => {
    const feats = Xs ?? rows.map((r) => withWords(base(r.text), wordStems(r.text), words));
    const gold = rows.map((r) => r.label);
    const pred = feats.map((x) => (predict(model, x) >= threshold ? 1 : 0) as 0 | 1);
    return {
      model: binaryMetrics(gold, pred),
      allPositive: binaryMetrics(
        gold,
        gold.map(() => 1),
      ),
    };
  };
  const devFigures = evaluate(dev);
  const trainFigures = evaluate(train, X);

  const out = {
    $comment: 'generated by scripts/fit-scorer.ts; reviewed. Refit: node scripts/fit-scorer.ts (docs/scorer.md).',
    trainedOn: date,
    data: {
      source: 'CLEF-2024 CheckThat! Task 1 Arabic',
      train: { n: train.length, positives: y.filter((v) => v === 1).length },
      dev: { n: dev.length, positives: dev.filter((r) => r.label === 1).length },
    },
    fit: {
      method: 'L2-regularised logistic regression, batch gradient descent',
      lambda: best.o.lambda,
      balanced: best.o.balanced,
      iterations,
      learningRate,
      words: best.words,
      folds: `${FOLDS} contiguous blocks of train in tweet-id (time) order`,
      thresholdFrom: `${FOLDS}-fold out-of-fold scores on train (max positive-class F1)`,
      outOfFoldF1: Math.round(best.f1 * 1e4) / 1e4,
      outOfFold: best.oof,
    },
    featureNames: [...BASE_FEATURE_NAMES, ...words.map((w) => `word:${w}`)],
    weights: model.weights,
    bias: model.bias,
    threshold,
    figures: { dev: devFigures, train: trainFigures },
  };
  writeFileSync(outPath, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`wrote ${outPath}`);
  console.log(
    `chosen words=${best.words.k} λ=${best.o.lambda} balanced=${best.o.balanced} threshold=${threshold}; ` +
      `dev F1=${devFigures.model.f1} (all-positive ${devFigures.allPositive.f1}), macroF1=${devFigures.model.macroF1}, MCC=${devFigures.model.mcc}`,
  );
}

if (import.meta.main) main();
