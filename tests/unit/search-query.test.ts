/** What the search box sends to Pagefind: the query's words, each in a spelling the index knows, or nothing. */
import { describe, expect, it } from 'vitest';
import { queryVariants, searchQuery, wordForms } from '../../src/lib/search/query.ts';

describe('searchQuery', () => {
  it('drops punctuation, tashkeel and tatweel, writes digits in ASCII, and leaves letters to Pagefind', () => {
    expect(searchQuery('«المدرسةُ» أغلقت؟')).toBe('المدرسة أغلقت');
    expect(searchQuery('  عام   ٢٠٢٤،  (تقريبا)! بنغـــازي')).toBe('عام 2024 تقريبا بنغازي');
  });

  it('is empty for a query of punctuation and spaces only', () => {
    expect(searchQuery(' «» ؟ ')).toBe('');
  });
});

describe('wordForms', () => {
  it('tries the other spelling of a final ة/ه and ى/ي, and the word without a prefix', () => {
    expect(wordForms('العسكريه')).toEqual(['العسكريه', 'العسكرية']);
    expect(wordForms('اخري')).toEqual(['اخري', 'اخرى']);
    expect(wordForms('فالقيادة')).toEqual(['فالقيادة', 'فالقياده', 'القيادة', 'القياده']);
    expect(wordForms('لليبيا')).toEqual(['لليبيا', 'ليبيا']);
  });

  it('strips و and ف before a preposition; words of three letters stay whole', () => {
    expect(wordForms('وبالمستشفى')).toEqual(['وبالمستشفى', 'وبالمستشفي', 'المستشفى', 'المستشفي']);
    expect(wordForms('وصل')).toEqual(['وصل']);
  });
});

describe('queryVariants', () => {
  const index = new Set(['العسكرية', 'الليبية', 'لحفتر', 'حفتر', 'ليبيا', 'القيادة']);
  const known = async (word: string) => index.has(word);

  it('gives each word in the first spelling the index knows, then in the last', async () => {
    expect(await queryVariants('العسكريه الليبيه', known)).toEqual(['العسكرية الليبية']);
    expect(await queryVariants('لحفتر', known)).toEqual(['لحفتر', 'حفتر']);
    expect(await queryVariants('فالقيادة لليبيا', known)).toEqual(['القيادة ليبيا']);
  });

  it('gives nothing when one word is unknown in every spelling: every word is required', async () => {
    expect(await queryVariants('كرة القدم', known)).toEqual([]);
    expect(await queryVariants('العسكرية الانتخابات', known)).toEqual([]);
  });

  it('gives nothing for an empty query', async () => {
    expect(await queryVariants('', known)).toEqual([]);
    expect(await queryVariants('؟!', known)).toEqual([]);
  });
});
