/** Claim ids (`<slug>-<hash>`) and the transliterated slugs they start with. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { claimId } from '../../src/lib/extract/claim-id.ts';
import { CLAIM_ID } from '../../src/lib/schemas/ids.ts';
import { slugify } from '../../src/lib/text/transliterate.ts';

describe('slugify', () => {
  it('transliterates Arabic words to lower-case ASCII joined by hyphens', () => {
    expect(slugify('المرتبة الثانية')).toBe('almrtba-althanya');
    expect(slugify('شارك خالد في الاجتماع')).toBe('shark-khald-fy-alajtmaa');
  });

  it('drops hamza and tashkeel marks, so spellings of one word give one slug', () => {
    expect(slugify('أحمد')).toBe('ahmd');
    expect(slugify('إحمد')).toBe('ahmd');
    expect(slugify('مُحَمَّد')).toBe(slugify('محمد'));
    expect(slugify('مُحَمَّد')).toBe('mhmd');
  });

  it('keeps digits as ASCII digits and Latin letters lower-cased', () => {
    expect(slugify('عام ٢٠٢٥')).toBe('aam-2025');
    expect(slugify('Hello, World!')).toBe('hello-world');
  });

  it('stops at the word limit and never cuts a word to fit the length limit', () => {
    expect(slugify('واحد اثنان ثلاثة أربعة', 2)).toBe('wahd-athnan');
    expect(slugify('واحد اثنان ثلاثة', 6, 12)).toBe('wahd-athnan');
    expect(slugify('واحد اثنان ثلاثة', 6, 10)).toBe('wahd');
  });

  it('gives x for text with no letters or digits', () => {
    expect(slugify('؟! «»')).toBe('x');
    expect(slugify('')).toBe('x');
  });
});

describe('claimId', () => {
  const text = 'قال الوزير إن الصادرات زادت بنسبة عشرة في المئة';
  const id = claimId('seed-1', text);

  it('is the slug of the first five words and six hex digits of the article id and folded text', () => {
    // Folded: إ → ا, final ة → ه.
    const folded = 'قال الوزير ان الصادرات زادت بنسبه عشره في المئه';
    const hash = createHash('sha256').update(`seed-1\n${folded}`, 'utf8').digest('hex').slice(0, 6);
    expect(id).toBe(`qal-alwzyr-an-alsadrat-zadt-${hash}`);
    expect(id).toMatch(CLAIM_ID);
  });

  it('ignores tashkeel, quotation marks, punctuation and spacing, which do not change the claim', () => {
    expect(claimId('seed-1', 'قالَ الوزيرُ «إن الصادرات زادت»  بنسبة عشرة في المئة.')).toBe(id);
  });

  it('changes with the claim’s words and with the article, never with its place', () => {
    expect(claimId('seed-1', text.replace('عشرة', 'عشرين'))).not.toBe(id);
    const other = claimId('seed-2', text);
    expect(other).not.toBe(id);
    expect(other.slice(0, -6)).toBe(id.slice(0, -6));
  });

  it('keeps ids short enough for an address', () => {
    const long = claimId('seed-1', 'استراتيجيات الاستثمارات الاستراتيجية المستقبلية للمؤسسات الحكومية والخاصة');
    expect(long.length).toBeLessThanOrEqual(40 + 7);
    expect(long).toMatch(CLAIM_ID);
  });
});
