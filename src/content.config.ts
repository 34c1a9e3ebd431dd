/**
 * Astro collections, filled by the pipeline loader (src/loaders/pipeline-loader.ts) and
 * validated by the same zod schemas the pipeline uses.
 */
import { defineCollection } from 'astro:content';
import { pipelineLoader } from './loaders/pipeline-loader.ts';
import { articleRecordSchema } from './lib/schemas/article.ts';
import { claimSchema } from './lib/schemas/claim.ts';
import { personRecordSchema } from './lib/schemas/people.ts';
import { retiredClaimSchema } from './lib/schemas/ledger.ts';

export const collections = {
  articles: defineCollection({ loader: pipelineLoader('articles'), schema: articleRecordSchema }),
  claims: defineCollection({ loader: pipelineLoader('claims'), schema: claimSchema }),
  people: defineCollection({ loader: pipelineLoader('people'), schema: personRecordSchema }),
  /** Published claim ids whose claim was split, merged or removed (content/claims.lock.json). */
  retired: defineCollection({ loader: pipelineLoader('retired'), schema: retiredClaimSchema }),
};
