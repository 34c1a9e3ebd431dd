/**
 * Astro collections: the editors' pages (content/pages/), by Astro's glob loader, and `pipeline`,
 * one entry that says which run of the pipeline the pages read (src/loaders/pipeline-loader.ts:
 * it runs the pipeline, reports its problems, and in `astro dev` runs it again on every change
 * of seeds or content). The pages read the pipeline's articles, claims and people from its
 * result in memory (src/loaders/site-data.ts), not from Astro's data store: why is said there.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { pipelineLoader, pipelineRunSchema } from './loaders/pipeline-loader.ts';
import { pipelineSettings } from './lib/settings.ts';

export const collections = {
  pipeline: defineCollection({ loader: pipelineLoader(), schema: pipelineRunSchema }),
  /**
   * Editors' Markdown pages, one per language: `methodology` (Arabic), `methodology.en`.
   * Pages render the raw `body` with markdownToSafeHtml, as reviews are; no front matter.
   */
  pages: defineCollection({
    loader: glob({ pattern: '*.md', base: pathToFileURL(join(pipelineSettings().contentDir, 'pages')), generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
    schema: z.strictObject({}),
  }),
};
