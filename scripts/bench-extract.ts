/**
 * `npm run bench:extract [-- --runs N]`: the median time to extract one seed article
 * (sentences, attribution, scoring, claims), over N runs per seed (default 200), each run
 * with a fresh people registry as in `runPipeline`. Figures for docs/performance.md, not pass/fail.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readEditorialContent } from '../src/lib/content/read-content.ts';
import { Gazetteer } from '../src/lib/extract/entities.ts';
import { extractClaims } from '../src/lib/extract/extract-claims.ts';
import { PeopleRegistry } from '../src/lib/extract/people-registry.ts';
import { ingestFolder } from '../src/lib/ingest/index.ts';
import { PROJECT_ROOT } from '../src/lib/paths.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '200' } } });
const runs = Number(values.runs);

const articles = ingestFolder(resolve(PROJECT_ROOT, 'seeds'), PROJECT_ROOT).articles;
const content = readEditorialContent(resolve(PROJECT_ROOT, 'content'), PROJECT_ROOT);
const gazetteer = new Gazetteer(content.entities);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const perArticle: number[] = [];
for (let run = 0; run < runs + 10; run++) {
  for (const article of articles) {
    const registry = new PeopleRegistry(content.people);
    const t0 = performance.now();
    extractClaims(article, { registry, gazetteer });
    // The first runs warm the JIT and are not counted.
    if (run >= 10) perArticle.push(performance.now() - t0);
  }
}
console.log(`${articles.length} articles × ${runs} runs: median ${median(perArticle).toFixed(2)} ms per article`);
