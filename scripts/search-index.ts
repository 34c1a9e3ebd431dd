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

/** Records sent to Pagefind at once. */
const BATCH = 500;

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
    // Sent in batches, not one at a time: Pagefind (a process of its own) indexes a batch while
    // this process does other work (the build renders pages meanwhile), instead of waiting for
    // each answer to come back through a busy event loop.
    for (let i = 0; i < records.length; i += BATCH) {
      const batch = records.slice(i, i + BATCH);
      const results = await Promise.all(batch.map((record) => index.addHTMLFile(record)));
      const failed = results.findIndex((added) => added.errors.length > 0);
      if (failed >= 0) throw new Error(`Pagefind could not index ${batch[failed]!.url}: ${results[failed]!.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: resolve(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: records.length, articles: data.articles.length };
  } finally {
    await pagefind.close();
  }
}
