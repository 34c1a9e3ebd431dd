/**
 * Measures the check-worthiness scorer (src/lib/extract/scorer.ts) on dev and train, beside
 * the all-positive baseline, and the mean scoring time per text.
 *
 *   node scripts/eval-scorer.ts [--data DIR] [--seeds]
 *
 * --seeds also prints the score, label and top reasons of every sentence-ish line of
 * seeds/*.txt, as a sanity check on news prose (the scorer's real target).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { wordCount } from '../src/lib/text/arabic-fold.ts';
import { SCORER_THRESHOLD, scoreCheckworthiness } from '../src/lib/extract/scorer.ts';
import { binaryMetrics, DEFAULT_DATA_DIR, PROJECT_ROOT, readTsv } from './fit-scorer.ts';
import type { Metrics } from './fit-scorer.ts';

const FIGURES = ['f1', 'macroF1', 'mcc', 'precision', 'recall', 'accuracy'] as const;

function table(name: string, model: Metrics, base: Metrics): string {
  const rows = FIGURES.map((k) => `  ${k.padEnd(10)} ${model[k].toFixed(4).padStart(8)} ${base[k].toFixed(4).padStart(14)}`);
  return [
    `${name} (n=${model.n}, positives=${model.tp + model.fn})`,
    `  ${''.padEnd(10)} ${'scorer'.padStart(8)} ${'all-positive'.padStart(14)}`,
    ...rows,
  ].join('\n');
}

/** Splits an article into sentence-ish pieces: lines, then after . ! ? ؟ ; pieces of ≥ 5 words. */
export function sentencesOf(article: string): string[] {
  return article
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?؟])\s+/u))
    .map((s) => s.trim())
    .filter((s) => wordCount(s) >= 5);
}

function main(): void {
  const { values } = parseArgs({ options: { data: { type: 'string' }, seeds: { type: 'boolean' } } });
  const dataDir = values.data === undefined ? DEFAULT_DATA_DIR : resolve(values.data);
  console.log(`threshold ${SCORER_THRESHOLD}`);
  let totalMs = 0;
  let totalTexts = 0;
  for (const split of ['dev', 'train'] as const) {
    const rows = readTsv(join(dataDir, `${split}.tsv`));
    const t0 = performance.now();
    const pred = rows.map((r) => scoreCheckworthiness(r.text).label);
    totalMs += performance.now() - t0;
    totalTexts += rows.length;
    const gold = rows.map((r) => r.label);
    console.log(
      table(
        split,
        binaryMetrics(gold, pred),
        binaryMetrics(
          gold,
          gold.map(() => 1),
        ),
      ),
    );
  }
  console.log(`mean scoring time ${((totalMs / totalTexts) * 1000).toFixed(0)} µs per text (${totalTexts} texts)`);

  if (values.seeds === true) {
    const dir = join(PROJECT_ROOT, 'seeds');
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      console.log(`\n== ${file}`);
      for (const s of sentencesOf(readFileSync(join(dir, file), 'utf8'))) {
        const r = scoreCheckworthiness(s);
        const why = r.reasons
          .slice(0, 4)
          .map((x) => `${x.feature}${x.weight >= 0 ? '+' : ''}${x.weight.toFixed(2)}`)
          .join(' ');
        console.log(`${r.score.toFixed(2)} ${r.label === 1 ? '✔' : '·'} ${s.slice(0, 90)}${s.length > 90 ? '…' : ''}\n      ${why}`);
      }
    }
  }
}

if (import.meta.main) main();
