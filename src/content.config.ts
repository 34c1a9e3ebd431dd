/**
 * Astro collections, filled by the pipeline loader (src/loaders/pipeline-loader.ts) and
 * validated by the same zod schemas the pipeline uses; the editors' pages (content/pages/)
 * by Astro's glob loader.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { pipelineLoader } from './loaders/pipeline-loader.ts';
import { articleRecordSchema } from './lib/schemas/article.ts';
import { claimSchema } from './lib/schemas/claim.ts';
import { personRecordSchema } from './lib/schemas/people.ts';
import { retiredClaimSchema } from './lib/schemas/ledger.ts';
import { pipelineSettings } from './lib/settings.ts';

export const collections = {
  articles: defineCollection({ loader: pipelineLoader('articles'), schema: articleRecordSchema }),
  claims: defineCollection({ loader: pipelineLoader('claims'), schema: claimSchema }),
  people: defineCollection({ loader: pipelineLoader('people'), schema: personRecordSchema }),
  /** Published claim ids whose claim was split, merged or removed (content/claims.lock.json). */
  retired: defineCollection({ loader: pipelineLoader('retired'), schema: retiredClaimSchema }),
  /**
   * Editors' Markdown pages, one per language: `methodology` (Arabic), `methodology.en`.
   * Pages render the raw `body` with markdownToSafeHtml, as reviews are; no front matter.
   */
  pages: defineCollection({
    loader: glob({ pattern: '*.md', base: pathToFileURL(join(pipelineSettings().contentDir, 'pages')), generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
    schema: z.strictObject({}),
  }),
};
