/** English claim addresses: a redirect page only where an English address was published (src/lib/ledger/english-addresses.ts). */
import { describe, expect, it } from 'vitest';
import { applyLedger } from '../../src/lib/ledger/apply-ledger.ts';
import { recordEnglishAddresses } from '../../src/lib/ledger/english-addresses.ts';
import type { Claim } from '../../src/lib/schemas/claim.ts';
import type { Ledger } from '../../src/lib/schemas/ledger.ts';

const claim = (id: string, text: string, reviewed = false): Claim => ({ id, text, articleId: 'a', ...(reviewed && { review: {} }) }) as Claim;
const unreviewed = claim('u', 'قال الوزير إن المصنع سيفتح أبوابه في الربيع');
const reviewed = claim('r', 'أكد المتحدث أن الإنتاج تضاعف خلال عامين', true);

describe('recordEnglishAddresses', () => {
  it('a new unreviewed claim has no English address to answer: no redirect, and the ledger says so', () => {
    const first = applyLedger({ version: 1, claims: {} }, [unreviewed, reviewed]);
    const result = recordEnglishAddresses(first.ledger, [unreviewed, reviewed]);
    expect(result.redirects).toEqual([]);
    expect(result.ledger.claims['u']?.en).toBe(false);
    // The reviewed claim's English page is published: its address answers from now on.
    expect(result.ledger.claims['r']).not.toHaveProperty('en');
  });

  it('an English address once published keeps answering, with a redirect page, when the review goes', () => {
    const first = recordEnglishAddresses(applyLedger({ version: 1, claims: {} }, [reviewed]).ledger, [reviewed]).ledger;
    const withoutReview = claim('r', reviewed.text);
    const next = recordEnglishAddresses(applyLedger(first, [withoutReview]).ledger, [withoutReview]);
    expect(next.redirects).toEqual([{ id: 'r' }]);
    expect(next.ledger.claims['r']).not.toHaveProperty('en');
  });

  it('entries written before English pages were kept for reviewed claims were all published in English', () => {
    const legacy: Ledger = { version: 1, claims: { u: { articleId: 'a', quote: unreviewed.text, status: 'live' } } };
    const result = recordEnglishAddresses(applyLedger(legacy, [unreviewed]).ledger, [unreviewed]);
    expect(result.redirects).toEqual([{ id: 'u' }]);
  });

  it('returns a new ledger and leaves the one it was given as it was', () => {
    const ledger = applyLedger({ version: 1, claims: {} }, [reviewed]).ledger;
    const result = recordEnglishAddresses(ledger, [reviewed]);
    expect(ledger.claims['r']?.en).toBe(false);
    expect(result.ledger.claims['r']?.en).toBeUndefined();
  });
});
