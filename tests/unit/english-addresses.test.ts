/** English claim addresses: a redirect page only where an English address was published (src/lib/ledger/english-addresses.ts). */
import { describe, expect, it } from 'vitest';
import { applyLedger } from '../../src/lib/ledger/apply-ledger.ts';
import { recordEnglishAddresses } from '../../src/lib/ledger/english-addresses.ts';
import type { Claim } from '../../src/lib/schemas/claim.ts';
import type { Ledger } from '../../src/lib/schemas/ledger.ts';

const claim = (id: string, text: string, reviewed = false): Claim => ({ id, text, articleId: 'a', ...(reviewed && { review: {} }) }) as Claim;
const unreviewed = claim('u', 'قال الوزير إن المصنع سيفتح أبوابه في الربيع');
const reviewed = claim('r', 'أكد المتحدث أن الإنتاج تضاعف خلال عامين', true);
const build = (ledger: Ledger, claims: Claim[]) => recordEnglishAddresses(applyLedger(ledger, claims).ledger, claims);
const published = (result: ReturnType<typeof recordEnglishAddresses>) => result.claims.filter((c) => c.englishPublished).map((c) => c.id);

describe('recordEnglishAddresses', () => {
  it('a new unreviewed claim has no English address to answer, and the ledger says so; a reviewed one publishes its own', () => {
    const result = build({ version: 1, claims: {} }, [unreviewed, reviewed]);
    expect(published(result)).toEqual(['r']);
    expect(result.ledger.claims['u']?.en).toBe(false);
    expect(result.ledger.claims['r']).not.toHaveProperty('en');
  });

  it('an English address once published keeps answering when the review goes', () => {
    const first = build({ version: 1, claims: {} }, [reviewed]).ledger;
    const next = build(first, [claim('r', reviewed.text)]);
    expect(published(next)).toEqual(['r']);
    expect(next.ledger.claims['r']).not.toHaveProperty('en');
  });

  it('entries written before English pages were kept for reviewed claims were all published in English', () => {
    const legacy: Ledger = { version: 1, claims: { u: { articleId: 'a', quote: unreviewed.text, status: 'live' } } };
    expect(published(build(legacy, [unreviewed]))).toEqual(['u']);
  });

  it('returns new values and leaves what it was given as it was', () => {
    const ledger = applyLedger({ version: 1, claims: {} }, [reviewed]).ledger;
    const result = recordEnglishAddresses(ledger, [reviewed]);
    expect(ledger.claims['r']?.en).toBe(false);
    expect(reviewed).not.toHaveProperty('englishPublished');
    expect(result.ledger.claims['r']?.en).toBeUndefined();
  });
});
