/** Links between the seeds' claims: the pairs issue #5 names, and what must not be linked. */
import { describe, expect, it } from 'vitest';
import { linkClaims } from '../../src/lib/link/link-claims.ts';
import { TermIndex } from '../../src/lib/text/term-index.ts';
import { terms } from '../../src/lib/text/terms.ts';
import { claimWith, seedsPipeline } from '../helpers/pipeline.ts';

const { claims } = seedsPipeline();
const linked = (a: string, b: string, type: 'same' | 'opposes') => {
  const x = claimWith(claims, a);
  const y = claimWith(claims, b);
  return x.links[type].some((l) => l.id === y.id) && y.links[type].some((l) => l.id === x.id);
};

describe('same claim reported in both articles', () => {
  it('Saddam Haftar’s July visit to Pakistan', () => {
    expect(linked('صدام حفتر إلى باكستان في يوليو الماضي', 'صدام حفتر باكستان في يوليو/تموز', 'same')).toBe(true);
  });

  it('links are marked automatic, with their rule', () => {
    expect(claimWith(claims, 'يوليو/تموز').links.same).toEqual([expect.objectContaining({ origin: 'automatic', rule: 'similar-statement' })]);
  });
});

describe('opposing views', () => {
  it('across articles: "growing international recognition" vs "no political recognition"', () => {
    expect(linked('يعكس اعترافًا دوليًا متزايدًا', 'ولا تعكس اعترافاً سياسياً', 'opposes')).toBe(true);
    const mp = claimWith(claims, 'ولا تعكس اعترافاً سياسياً');
    expect(mp.speaker?.name).toBe('ربيعة بوراص');
    expect(mp.links.opposes.find((l) => l.id === claimWith(claims, 'يعكس اعترافًا دوليًا متزايدًا').id)?.rule).toBe('polarity');
  });
});

describe('what is not linked', () => {
  it('claims on unrelated subjects', () => {
    expect(linked('تسعة جيوش فقط تمتلك السلاح النووي', 'صدام حفتر باكستان في يوليو/تموز', 'same')).toBe(false);
    expect(linked('تسعة جيوش فقط تمتلك السلاح النووي', 'ولا تعكس اعترافاً سياسياً', 'opposes')).toBe(false);
    expect(claimWith(claims, 'المرتبة الثانية عشرة').links).toEqual({ same: [], opposes: [] });
  });

  it('an opinion and a report of the same visit are not "the same claim" (issue 16: the reader was told "also reported in")', () => {
    expect(linked('المشير عاصم منير، إلى مدينة بنغازي', 'المشير عاصم منير إلى مدينة بنغازي (شرق ليبيا)', 'same')).toBe(false);
    for (const c of claims) for (const l of c.links.same) expect(claims.find((x) => x.id === l.id)!.kind === 'opinion').toBe(c.kind === 'opinion');
  });

  it('a sentence opening with "في المقابل" answers a speaker, not a statement: no link by itself', () => {
    const darrdour = claimWith(claims, 'قدم نفسه بصفة');
    expect(darrdour.links.opposes).toEqual([]);
    expect(linked('الزيارة هامة جدا', 'ولا تعكس اعترافاً سياسياً', 'opposes')).toBe(false);
  });

  it('a forecast and a report of events are never "the same claim"', () => {
    for (const c of claims) for (const l of c.links.same) expect(claims.find((x) => x.id === l.id)!.kind === 'prediction').toBe(c.kind === 'prediction');
  });

  it('every link is symmetric', () => {
    for (const c of claims)
      for (const type of ['same', 'opposes'] as const)
        for (const l of c.links[type]) expect(claims.find((x) => x.id === l.id)!.links[type].map((m) => m.id)).toContain(c.id);
  });
});

describe('editorial links', () => {
  const a = claimWith(claims, 'تسعة جيوش فقط');
  const b = claimWith(claims, 'الجيش الإسلامي الوحيد');
  const mp = claimWith(claims, 'ولا تعكس اعترافاً سياسياً');
  const observers = claimWith(claims, 'يعكس اعترافًا دوليًا متزايدًا');

  it('add a link marked editorial, and remove an automatic one', () => {
    const links = linkClaims(claims, [
      { type: 'same', claims: [a.id, b.id] },
      { type: 'remove', claims: [mp.id, observers.id] },
    ]);
    expect(links.get(a.id)!.same).toEqual([{ id: b.id, origin: 'editorial' }]);
    expect(links.get(b.id)!.same).toEqual([{ id: a.id, origin: 'editorial' }]);
    expect(links.get(mp.id)!.opposes.map((l) => l.id)).not.toContain(observers.id);
    expect(links.get(observers.id)!.opposes.map((l) => l.id)).not.toContain(mp.id);
  });
});

describe('the inverted index', () => {
  it('finds candidates only among claims that share a term', () => {
    const index = new TermIndex();
    index.add('a', terms('زار الوزير بنغازي يوم الأربعاء'));
    index.add('b', terms('وصل الوزير إلى بنغازي أمس'));
    index.add('c', terms('ارتفعت أسعار النفط في الأسواق'));
    const found = index.candidates(index.termsOf('a'), 1);
    expect([...found.keys()].sort()).toEqual(['a', 'b']);
    expect(index.similarity('a', 'b')).toBeGreaterThan(index.similarity('a', 'c'));
  });
});
