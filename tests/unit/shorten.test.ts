import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/lib/render/shorten.ts';

describe('shorten', () => {
  it('keeps a short text whole', () => {
    expect(shorten('وصل قائد الجيش', 20)).toBe('وصل قائد الجيش');
  });
  it('cuts a long one at a word boundary, without trailing punctuation, and marks the cut', () => {
    expect(shorten('وصل قائد الجيش، إلى مدينة بنغازي أمس', 15)).toBe('وصل قائد الجيش…');
    expect(shorten('وصل قائد الجيش إلى بنغازي', 14).length).toBeLessThanOrEqual(15);
  });
  it('cuts a single long word at the limit', () => {
    expect(shorten('a'.repeat(30), 10)).toBe(`${'a'.repeat(10)}…`);
  });
});
