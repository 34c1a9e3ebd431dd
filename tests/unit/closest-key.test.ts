/** "Did you mean …?": edit distance and the nearest known key to a misspelt one. */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { closestKey, keysAt } from '../../src/lib/schema-keys.ts';
import { editDistance } from '../../src/lib/text/edit-distance.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('قال', 'قالت')).toBe(1);
    expect(editDistance('قالت', 'قال')).toBe(1);
    expect(editDistance('verdict', 'verdcit')).toBe(2);
  });
});

describe('closestKey', () => {
  const known = ['verdict', 'summary', 'reviewer', 'reviewed', 'published'];

  it('finds the key a typo meant, whatever its case', () => {
    expect(closestKey('verdcit', known)).toBe('verdict');
    expect(closestKey('sumary', known)).toBe('summary');
    expect(closestKey('Verdict', known)).toBe('verdict');
  });

  it('takes the nearest of two close keys', () => {
    expect(closestKey('reviewd', known)).toBe('reviewed');
    expect(closestKey('reviewr', known)).toBe('reviewer');
  });

  it('allows two edits, or a third of a long word, and no more', () => {
    expect(closestKey('smmry', known)).toBe('summary');
    expect(closestKey('smry', known)).toBeUndefined();
    expect(closestKey('pblshd', known)).toBe('published');
    expect(closestKey('colour', known)).toBeUndefined();
    expect(closestKey('verdict', [])).toBeUndefined();
  });
});

describe('keysAt', () => {
  const schema = z.object({ claim: z.object({ id: z.string(), quote: z.string() }).optional(), sources: z.array(z.object({ url: z.string() })).default([]) });

  it('lists the fields a schema accepts at a path, through optional, default and arrays', () => {
    expect(keysAt(schema, [])).toEqual(['claim', 'sources']);
    expect(keysAt(schema, ['claim'])).toEqual(['id', 'quote']);
    expect(keysAt(schema, ['sources', 0])).toEqual(['url']);
    expect(keysAt(schema, ['nowhere'])).toEqual([]);
  });
});
