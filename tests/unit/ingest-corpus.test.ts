/**
 * Ingest on the dev corpus of real scraped news (../shared/corpus/news-dev, third-party text kept
 * outside the project for measuring only; skipped when absent, as in a user's clone): no file
 * is refused, every headline line of the gold is recognised, and page furniture stays out of the
 * text. Only the figures are asserted here; no corpus text is copied into the project.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ingestSeed } from '../../src/lib/ingest/index.ts';
import { foldArabic } from '../../src/lib/text/arabic-fold.ts';

const corpus = resolve(import.meta.dirname, '../../../shared/corpus/news-dev');
const present = existsSync(join(corpus, 'gold.yaml'));
if (!present) console.info(`ingest-corpus.test: ${corpus} is missing, the dev-corpus ingest check is skipped`);

interface Gold {
  title: string | null;
  boilerplate?: string[];
}
const same = (a: string) => foldArabic(a).replace(/[«»"“”]/gu, '"');

describe.skipIf(!present)('ingest of the dev corpus (skipped without ../shared/corpus/news-dev)', () => {
  const gold: Record<string, Gold> = present ? parse(readFileSync(join(corpus, 'gold.yaml'), 'utf8')).articles : {};
  const articles = Object.keys(gold).map((id) => ({ id, result: ingestSeed({ file: `${id}.txt`, bytes: readFileSync(join(corpus, `${id}.txt`)) }) }));

  it('refuses no file', () => {
    expect(articles.filter((a) => !a.result.article).map((a) => a.id)).toEqual([]);
    expect(readdirSync(corpus).filter((f) => f.endsWith('.txt'))).toHaveLength(articles.length);
  });

  it('recognises at least 90% of the headline lines', () => {
    const titled = articles.filter((a) => gold[a.id]!.title);
    const right = titled.filter((a) => same(a.result.article?.title.text ?? '') === same(gold[a.id]!.title!));
    expect(right.length / titled.length).toBeGreaterThanOrEqual(0.9);
    expect(titled.every((a) => a.result.article?.titleSource === 'line')).toBe(true);
  });

  it('keeps at most 10 furniture lines in the text', () => {
    let kept = 0;
    for (const { id, result } of articles) {
      const lines = new Set((result.article?.text ?? '').split('\n').map(same));
      kept += (gold[id]!.boilerplate ?? []).filter((line) => lines.has(same(line.trim()))).length;
    }
    expect(kept).toBeLessThanOrEqual(10);
  });
});
