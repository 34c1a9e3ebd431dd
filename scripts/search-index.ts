/**
 * The site's one search index, at <out>/pagefind/, for the Arabic and the English search page
 * alike: written with Pagefind's Node API from the pipeline's data (src/lib/search/index-records.ts),
 * so no built page is read or parsed. The searchable text is Arabic (`forceLanguage: 'ar'`, its
 * stemmer); each search page maps results to addresses in its own language.
 */
import { resolve } from 'node:path';
import type { ArticleRecord } from '../src/lib/schemas/article.ts';
import type { Claim } from '../src/lib/schemas/claim.ts';
import type { PersonRecord } from '../src/lib/schemas/people.ts';
import { searchRecords } from '../src/lib/search/index-records.ts';

export interface IndexedSite {
  /** Records indexed: one per article, reviewed claim and person. */
  pages: number;
  /** Of which articles, whose unreviewed claims are sub-results. */
  articles: number;
}

export async function writeSearchIndex(outDir: string, data: { articles: ArticleRecord[]; claims: Claim[]; people: PersonRecord[] }): Promise<IndexedSite> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const records = searchRecords(data);
    for (const record of records) {
      const added = await index.addHTMLFile(record);
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: resolve(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: records.length, articles: data.articles.length };
  } finally {
    await pagefind.close();
  }
}
