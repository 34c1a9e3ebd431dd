/** What the search box sends to Pagefind: the folded query, and the query without attached prefixes. */
import { describe, expect, it } from 'vitest';
import { queryVariants, searchQuery } from '../../src/lib/search/query.ts';

describe('searchQuery', () => {
  it('folds the query as the index is folded and drops punctuation', () => {
    expect(searchQuery('«المدرسةُ» أغلقت؟')).toBe('المدرسه اغلقت');
    expect(searchQuery('  عام   ٢٠٢٤،  (تقريبا)! ')).toBe('عام 2024 تقريبا');
  });

  it('is empty for a query of punctuation and spaces only', () => {
    expect(searchQuery(' «» ؟ ')).toBe('');
  });
});

describe('queryVariants', () => {
  it('adds the query without the prefixes Pagefind’s stemmer misses', () => {
    expect(queryVariants('فالقيادة')).toEqual(['فالقياده', 'القياده']);
    expect(queryVariants('لحفتر')).toEqual(['لحفتر', 'حفتر']);
    expect(queryVariants('لباكستان')).toEqual(['لباكستان', 'باكستان']);
    expect(queryVariants('لليبيا')).toEqual(['لليبيا', 'ليبيا']);
  });

  it('strips و and ف before a preposition, word by word; words of three letters stay whole', () => {
    expect(queryVariants('وبالمستشفى وصل')).toEqual(['وبالمستشفي وصل', 'المستشفي وصل']);
  });

  it('gives the query alone when no word carries a prefix', () => {
    expect(queryVariants('مصر')).toEqual(['مصر']);
    expect(queryVariants('تقرير')).toEqual(['تقرير']);
  });

  it('gives nothing for an empty query', () => {
    expect(queryVariants('')).toEqual([]);
    expect(queryVariants('؟!')).toEqual([]);
  });
});
