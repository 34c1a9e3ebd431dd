/** applyLedger: reworded, split, merged and removed claims; nothing is ever dropped. */
import { describe, expect, it } from 'vitest';
import { applyLedger } from '../../src/lib/ledger/apply-ledger.ts';
import type { Claim } from '../../src/lib/schemas/claim.ts';
import type { Ledger } from '../../src/lib/schemas/ledger.ts';

const claim = (id: string, text: string, articleId = 'a'): Claim => ({ id, text, articleId }) as Claim;
const ledger = (entries: Record<string, string>): Ledger => ({
  version: 1,
  claims: Object.fromEntries(Object.entries(entries).map(([id, quote]) => [id, { articleId: 'a', quote, status: 'live' as const }])),
});

describe('applyLedger', () => {
  it('a first build records every claim', () => {
    const result = applyLedger({ version: 1, claims: {} }, [claim('x', 'وصل الوزير إلى بنغازي يوم الأربعاء')]);
    expect(result.ledger.claims['x']).toEqual({ en: false, articleId: 'a', quote: 'وصل الوزير إلى بنغازي يوم الأربعاء', status: 'live' });
    expect(result.renamed.size).toBe(0);
  });

  it('a slightly reworded claim keeps its published id', () => {
    const result = applyLedger(ledger({ old: 'وصل الوزير إلى مدينة بنغازي يوم الأربعاء الماضي' }), [claim('new', 'وصل الوزير إلى مدينة بنغازي يوم الأربعاء')]);
    expect(result.renamed.get('new')).toBe('old');
    expect(result.ledger.claims['old']).toMatchObject({
      status: 'live',
      quote: 'وصل الوزير إلى مدينة بنغازي يوم الأربعاء',
      previousQuotes: ['وصل الوزير إلى مدينة بنغازي يوم الأربعاء الماضي'],
    });
    expect(result.ledger.claims['new']).toBeUndefined();
  });

  it('a split claim is retired with its parts as successors', () => {
    const result = applyLedger(ledger({ old: 'يحتل الجيش المرتبة الثانية عشرة عالميا، وهو واحد من تسعة جيوش نووية' }), [
      claim('p1', 'يحتل الجيش المرتبة الثانية عشرة عالميا'),
      claim('p2', 'وهو واحد من تسعة جيوش نووية'),
    ]);
    expect(result.ledger.claims['old']).toMatchObject({ status: 'retired', reason: 'split', successors: ['p1', 'p2'] });
    expect(result.retired.map((r) => r.id)).toEqual(['old']);
  });

  it('a claim merged into a wider one, and a removed claim', () => {
    const merged = applyLedger(ledger({ old: 'وقع الجانبان اتفاقا عسكريا' }), [
      claim('w', 'وقع الجانبان اتفاقا عسكريا واتفاقا آخر للتدريب والتصنيع الحربي في العاصمة'),
    ]);
    expect(merged.ledger.claims['old']).toMatchObject({ status: 'retired', reason: 'merged', successors: ['w'] });
    const removed = applyLedger(ledger({ old: 'ارتفعت الأسعار خمسة في المئة' }), [claim('z', 'وصل الوفد إلى القاهرة')]);
    expect(removed.ledger.claims['old']).toMatchObject({ status: 'retired', reason: 'removed', successors: [] });
  });

  it('a retired id that comes back is live again', () => {
    const first = applyLedger(ledger({ back: 'وصل الوفد إلى القاهرة' }), []);
    expect(first.ledger.claims['back']!.status).toBe('retired');
    const again = applyLedger(first.ledger, [claim('back', 'وصل الوفد إلى القاهرة')]);
    expect(again.ledger.claims['back']).toEqual({ articleId: 'a', quote: 'وصل الوفد إلى القاهرة', status: 'live' });
  });
});
