/**
 * `npm run bench [-- --articles N]`: builds a synthetic corpus of N articles (the seeds'
 * paragraphs shuffled, each article with a rare word of its own so the index grows like
 * real news) and prints the figures to compare with shared/design/performance.md.
 * Figures, not pass/fail: speed goals live here, never in timed tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFolder } from '../src/lib/ingest/index.ts';
import { runPipeline } from '../src/lib/pipeline.ts';
import { PROJECT_ROOT } from '../src/lib/paths.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '100' } } });
const count = Number(values.articles);

// A small deterministic PRNG (mulberry32), so two runs build the same corpus.
let state = 42;
const random = () => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const seeds = ingestFolder(resolve(PROJECT_ROOT, 'seeds')).articles;
const paragraphs = seeds.flatMap((a) => a.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text));
const work = mkdtempSync(join(tmpdir(), 'claims-bench-'));
const seedsDir = join(work, 'seeds');
mkdirSync(seedsDir);
for (let i = 0; i < count; i++) {
  const body = Array.from({ length: 8 + Math.floor(random() * 8) }, () => paragraphs[Math.floor(random() * paragraphs.length)]!);
  body.push(`وذكر التقرير رقم ${i} أن الكلمة النادرة مرصد${i.toString(36)} وردت فيه.`);
  writeFileSync(join(seedsDir, `bench-${String(i).padStart(5, '0')}.txt`), `مقال تجريبي رقم ${i} عن ${body[0]!.split(' ').slice(0, 5).join(' ')}\n\n${body.join('\n\n')}\n`);
}

const t0 = performance.now();
const ingested = ingestFolder(seedsDir);
const ingestMs = performance.now() - t0;
console.log(`corpus: ${count} articles, ${ingested.articles.reduce((n, a) => n + a.blocks.length, 0)} blocks, ${ingested.problems.length} problems`);
console.log(`ingest: ${ingestMs.toFixed(0)} ms (${(ingestMs / count).toFixed(2)} ms per article)`);
const t2 = performance.now();
const piped = runPipeline({ seedsDir, contentDir: resolve(PROJECT_ROOT, 'content') });
const pipelineMs = performance.now() - t2;
console.log(
  `pipeline (ingest + extract): ${pipelineMs.toFixed(0)} ms, ${piped.claims.length} claims (${(pipelineMs / count).toFixed(2)} ms per article, extract alone ≈ ${((pipelineMs - ingestMs) / count).toFixed(2)} ms)`,
);

const out = join(work, 'dist');
const t1 = performance.now();
const log = execFileSync(process.execPath, ['scripts/build.ts', '--seeds', seedsDir, '--out', out], {
  cwd: PROJECT_ROOT,
  encoding: 'utf8',
});
console.log(`full build (cold): ${((performance.now() - t1) / 1000).toFixed(1)} s`);
console.log(log.trim());
const meta = readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8');
console.log(`pagefind entry: ${meta.length} bytes`);
rmSync(work, { recursive: true, force: true });
