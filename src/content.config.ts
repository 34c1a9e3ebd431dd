/**
 * Astro only loads what the pipeline wrote (src/lib/pipeline.ts): it never reads seeds
 * itself, so the CLI, the tests and the site all see the same data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/schemas/article.ts';
import { DATA_FILES } from './lib/pipeline.ts';
import { dataDir } from './lib/paths.ts';

const readData = (name: string): { id: string }[] => {
  const path = join(dataDir(), name);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new Error(`${path} is missing or unreadable. Run \`npm run build\` (or \`npm run claims -- data\`) first.`);
  }
};

const articles = defineCollection({
  loader: () => readData(DATA_FILES.articles),
  schema: articleSchema,
});

export const collections = { articles };
