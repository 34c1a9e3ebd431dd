import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldArabic } from '../../src/lib/text/arabic-fold.ts';
import * as lexicon from '../../src/lib/extract/lexicon.ts';
import { ATTRIBUTION_VERBS } from '../../src/lib/extract/lexicon.ts';
import { FEATURE_NAMES, FEATURES, featureValues } from '../../src/lib/extract/features.ts';
import { extractFeatures } from '../../src/lib/extract/sentence-features.ts';
import { normaliseForScoring } from '../../src/lib/extract/scoring-text.ts';
import { SCORER_THRESHOLD, scoreCheckworthiness } from '../../src/lib/extract/scorer.ts';
import weights from '../../src/lib/extract/scorer-weights.json' with { type: 'json' };

const RANKING = 'يحتل المرتبة الثانية عشرة عالميًا وفق تقارير عام 2025';
const HEDGED = 'ويرجح خبراء أن هذا التعاون قد يسهم في تعزيز الاستقرار';
const QUESTION = 'هل يستقوي على خصومه؟';
const NEWS = 'ووصل قائد جيش باكستان، المشير عاصم منير إلى مدينة بنغازي أمس الأربعاء رفقة وفد عسكري رفيع المستوى في أول زيارة رسمية إلى ليبيا';

function fired(text: string): string[] {
  const v = extractFeatures(text);
  return FEATURE_NAMES.filter((n) => v[n] !== 0);
}

describe('lexicon', () => {
  it('writes every entry in folded spelling', () => {
    for (const [name, list] of Object.entries(lexicon)) {
      const entries = list instanceof Map ? [...list.keys()] : Array.isArray(list) ? list : [];
      for (const e of entries as string[]) expect(foldArabic(e), `${name}: ${e}`).toBe(e);
    }
  });

  it('gives attribution verbs a lemma and a gender', () => {
    expect(ATTRIBUTION_VERBS.get('قال')).toMatchObject({ lemma: 'قال', gender: 'm' });
    expect(ATTRIBUTION_VERBS.get('قالت')).toMatchObject({ lemma: 'قال', gender: 'f' });
    expect(ATTRIBUTION_VERBS.get(foldArabic('أكدت'))).toMatchObject({ lemma: 'اكد', gender: 'f' });
    expect(ATTRIBUTION_VERBS.get(foldArabic('أضاف'))).toMatchObject({ lemma: 'اضاف', gender: 'm' });
  });
});

describe('normaliseForScoring', () => {
  it('keeps the words of hashtags and drops URLs, mentions and emoji', () => {
    expect(normaliseForScoring('#صفقة_القرن')).toBe('صفقة القرن');
    expect(normaliseForScoring('@user_1 خبر عاجل 🔴 https://t.co/abc123 #كورونا')).toBe('خبر عاجل كورونا');
    expect(normaliseForScoring('RT @x: نص')).toBe('نص');
  });

  it('leaves news prose as it is', () => {
    expect(normaliseForScoring(NEWS)).toBe(NEWS);
  });
});

describe('extractFeatures', () => {
  it('names every feature once, in a fixed order', () => {
    expect(FEATURES.map((f) => f.name)).toEqual(FEATURE_NAMES);
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_NAMES.length);
    expect(featureValues(extractFeatures(NEWS))).toHaveLength(FEATURE_NAMES.length);
  });

  it('sees rank, ordinal, year and attribution in a ranking sentence', () => {
    expect(fired(RANKING)).toEqual(expect.arrayContaining(['has_ordinal', 'has_ranking', 'has_year', 'has_attribution_prep']));
  });

  it('sees the hedge and the unnamed source', () => {
    expect(fired(HEDGED)).toEqual(expect.arrayContaining(['has_hedge', 'has_unnamed_source']));
  });

  it('sees a question', () => {
    expect(fired(QUESTION)).toContain('is_question');
    expect(fired('فما تداعيات ونتائج زيارة قائد الجيش الباكستاني إلى شرق ليبيا')).toContain('is_question');
    expect(fired(RANKING)).not.toContain('is_question');
  });

  it('sees event verbs, dates, places, officials and superlatives in news prose', () => {
    expect(fired(NEWS)).toEqual(expect.arrayContaining(['has_event_verb', 'has_date', 'has_place', 'has_official', 'has_superlative']));
  });

  it('sees attribution verbs with their proclitics and quoted speech', () => {
    expect(fired('وأكدت خلال تصريحاتها أن «باكستان تسعى إلى توسيع حضورها الدفاعي»')).toEqual(expect.arrayContaining(['has_attribution_verb', 'has_quote']));
    expect(fired('وذكرت عدة وسائل محلية أن الجنرال وقع اتفاقات')).toEqual(
      expect.arrayContaining(['has_attribution_verb', 'has_unnamed_source', 'has_event_verb']),
    );
  });

  it('sees opinion, forecast and negation', () => {
    expect(fired('ويرى مراقبون أن اختيار بنغازي يعكس اعترافا دوليا')).toEqual(expect.arrayContaining(['has_opinion_verb', 'has_unnamed_source']));
    expect(fired('وسيظل حفتر يسيطر على شرق ليبيا')).toContain('has_forecast');
    expect(fired('الخطوة لا تضيف قيمة سياسية')).toContain('has_negation');
    expect(fired('السياسة الخارجية في سنة صعبة')).not.toContain('has_forecast');
  });

  it('sees first and second person, invocations and numbers with units', () => {
    expect(fired('نحن نحب بلادنا')).toContain('first_person');
    expect(fired('فيروس كورونا ينتشر في المدن الكبرى بسرعة')).not.toContain('first_person');
    expect(fired('أنتم السبب في كل هذا')).toContain('second_person');
    expect(fired('اللهم احفظ بلادنا يا رب')).toContain('has_invocation');
    expect(fired('وقعت الشركة اتفاقية بقيمة 750 مليون دولار')).toEqual(expect.arrayContaining(['has_number', 'number_with_unit', 'has_quantity_noun']));
    expect(fired('ارتفعت الأسعار بنسبة 30% هذا العام')).toContain('has_percent');
  });
});

describe('scoreCheckworthiness', () => {
  it('reads a weights file that matches the features', () => {
    expect(weights.featureNames).toEqual(FEATURE_NAMES);
    expect(weights.weights).toHaveLength(FEATURE_NAMES.length);
    expect(SCORER_THRESHOLD).toBeGreaterThan(0);
    expect(SCORER_THRESHOLD).toBeLessThan(1);
  });

  it('returns a score in 0..1 and reasons sorted by contribution', () => {
    for (const text of [RANKING, HEDGED, QUESTION, NEWS, '', 'نص']) {
      const r = scoreCheckworthiness(text);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(r.label).toBe(r.score >= SCORER_THRESHOLD ? 1 : 0);
      const sizes = r.reasons.map((x) => Math.abs(x.weight * x.value));
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
      for (const x of r.reasons) {
        expect(x.weight * x.value).not.toBe(0);
        expect(FEATURE_NAMES).toContain(x.feature);
      }
    }
  });

  it('labels a factual ranking sentence check-worthy, with reasons', () => {
    const r = scoreCheckworthiness(RANKING);
    expect(r.label).toBe(1);
    expect(r.reasons.length).toBeGreaterThan(0);
    expect(r.reasons[0]?.weight).toBeGreaterThan(0);
  });

  it('scores a question below a factual ranking sentence', () => {
    expect(scoreCheckworthiness(QUESTION).score).toBeLessThan(scoreCheckworthiness(RANKING).score);
  });

  it('ignores tweet furniture', () => {
    const base = scoreCheckworthiness(NEWS).score;
    const tweet = `${NEWS.replace('باكستان', '#باكستان')} https://t.co/jGjx9Rq28c @someone 🇵🇰💛`;
    expect(Math.abs(scoreCheckworthiness(tweet).score - base)).toBeLessThan(1e-9);
    const hashtagged = `${RANKING} #الجيش_الباكستاني`;
    expect(Math.abs(scoreCheckworthiness(hashtagged).score - scoreCheckworthiness(`${RANKING} الجيش الباكستاني`).score)).toBeLessThan(1e-9);
  });

  // The committed sample: 79 dev texts, 40 check-worthy, picked by a hash of the id (balanced).
  function sampleCounts(): { tp: number; fp: number; fn: number; tn: number } {
    const path = fileURLToPath(new URL('../fixtures/checkworthy-sample.tsv', import.meta.url));
    const rows = readFileSync(path, 'utf8')
      .split('\n')
      .slice(1)
      .filter((l) => l.trim() !== '')
      .map((l) => l.split('\t'));
    expect(rows.length).toBeGreaterThanOrEqual(60);
    const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
    for (const [, text = '', label] of rows) {
      const gold = label?.trim() === '1';
      const pred = scoreCheckworthiness(text).label === 1;
      if (gold && pred) c.tp++;
      else if (!gold && pred) c.fp++;
      else if (gold) c.fn++;
      else c.tn++;
    }
    return c;
  }
  const f1 = (t: number, f1a: number, f1b: number): number => (t === 0 ? 0 : (2 * t) / (2 * t + f1a + f1b));

  it('beats the all-positive baseline on the sample by macro-F1 and MCC', () => {
    const { tp, fp, fn, tn } = sampleCounts();
    const macro = (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
    const pos = tp + fn;
    const neg = tn + fp;
    const baselineMacro = f1(pos, neg, 0) / 2; // all-positive: negative-class F1 is 0
    expect(macro).toBeGreaterThan(baselineMacro + 0.1);
    const mcc = (tp * tn - fp * fn) / Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
    expect(mcc).toBeGreaterThan(0); // the all-positive baseline's MCC is 0
  });

  // Known gap (docs/scorer.md): on dev, and so on this balanced sample of dev, positive-class
  // F1 stays below the all-positive baseline's (0.67 on a balanced sample). `it.fails` keeps
  // the real assertion and turns red the day the scorer starts to beat the baseline.
  it.fails('beats the all-positive baseline on the sample by positive-class F1 (known gap)', () => {
    const { tp, fp, fn, tn } = sampleCounts();
    expect(f1(tp, fp, fn)).toBeGreaterThan(f1(tp + fn, tn + fp, 0));
  });
});
