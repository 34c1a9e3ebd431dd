/** Runs of text in the other direction, and the quotation marks and full stops that go with them. */
import { describe, expect, it } from 'vitest';
import { baseDirection, bidiPieces } from '../../src/lib/text/bidi-runs.ts';

const isolated = (text: string, dir: 'rtl' | 'ltr') =>
  bidiPieces(text, dir)
    .filter((p) => p.isolate)
    .map((p) => p.text);

describe('bidiPieces', () => {
  it('isolates an English quotation in Arabic with its quotation marks and its own full stop', () => {
    const text = 'ونقل موقع عن رويترز أن "A draft includes 12 trainer aircraft."، مع أنه أخطأ.';
    expect(isolated(text, 'rtl')).toEqual(['"A draft includes 12 trainer aircraft."']);
    expect(
      bidiPieces(text, 'rtl')
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });

  it('closes a quotation opened inside the run', () => {
    expect(isolated('كتب موقع Mint: "As per the report, the states are the US and Israel." وكتب', 'rtl')).toEqual([
      'Mint: "As per the report, the states are the US and Israel."',
    ]);
  });

  it('closes a quotation inside brackets, and the brackets', () => {
    expect(isolated('موقع Pakistan Today ("deputy commander-in-chief, General Haftar")، في حين', 'rtl')).toEqual([
      'Pakistan Today ("deputy commander-in-chief, General Haftar")',
    ]);
  });

  it('leaves the Arabic sentence its full stop after a closing mark', () => {
    expect(isolated('وصف التقرير الزيارة بأنها "a rare instance". وبعد المقال', 'rtl')).toEqual(['"a rare instance"']);
  });

  it('isolates codes written in Latin letters, digits and all, and leaves plain words alone', () => {
    expect(isolated('بحسب موقع Pakistan Today في 14 مارس، و16 مقاتلة JF-17 و12 طائرة', 'rtl')).toEqual(['JF-17']);
  });

  it('counts the tatweel as Arabic', () => {
    expect(bidiPieces('هـ', 'rtl')).toEqual([{ text: 'هـ', isolate: false }]);
  });

  it('isolates Arabic inside English, nested quotation included', () => {
    expect(isolated('The label «قال الوزير: "نعم".» was shown (in 2025).', 'ltr')).toEqual(['«قال الوزير: "نعم".»']);
  });

  it('keeps markup quoted as text together, angle brackets and all', () => {
    expect(isolated('فقرة تحاول حقن نص برمجي: <script>window.x = 2</script> وصورة', 'rtl')).toEqual(['<script>window.x = 2</script>']);
  });

  it('leaves a text in one direction whole', () => {
    expect(bidiPieces('قال الوزير إن 2025 عام حاسم.', 'rtl')).toEqual([{ text: 'قال الوزير إن 2025 عام حاسم.', isolate: false }]);
  });
});

describe('baseDirection', () => {
  it('is the direction of the first letter, as dir="auto" reads it', () => {
    expect(baseDirection('"2025" قال')).toBe('rtl');
    expect(baseDirection('« Reuters » قال')).toBe('ltr');
    expect(baseDirection('2025')).toBeUndefined();
  });
});
