#!/usr/bin/env node
/**
 * The editors' command line: `npm run --silent claims -- <command>`.
 *   check   [--seeds DIR] [--content DIR]   read every seed and content file and the ledger, report problems, write nothing
 *   data    [--seeds DIR] [--content DIR] [--out DIR]   write the pipeline's output (default .claims/)
 *   extract <file.txt...> [--content DIR]   print the articles' claims as JSON, under their published ids (docs/claims.md)
 * `--ledger FILE` reads another ledger than the build's (src/lib/settings.ts says which that is).
 *   score                                   read one sentence a line on stdin, print `score<TAB>label`
 * Exit code 0 when there are no errors (warnings allowed), 1 on errors, 2 on bad usage.
 * Problems go to stderr, data to stdout, so `extract` can be piped.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { runPipeline, writeSiteData, type PipelineResult } from '../lib/pipeline.ts';
import { formatProblem } from '../lib/problems.ts';
import { dataDir, PROJECT_ROOT } from '../lib/paths.ts';
import { pipelineSettings } from '../lib/settings.ts';
import { scoreCheckworthiness } from '../lib/extract/scorer.ts';
import { extractOutput } from './extract-output.ts';
import { writeReviewScaffold } from './review-command.ts';
import { importFiles } from '../lib/import/write-import.ts';
import { runCli } from './run-cli.ts';

const USAGE = `usage: npm run --silent claims -- <check|data|extract|score|review|import> [options]
  check   [--seeds DIR] [--content DIR] [--ledger FILE]
  data    [--seeds DIR] [--content DIR] [--ledger FILE] [--out DIR]
  extract <file.txt...> [--content DIR] [--ledger FILE]
  score   < sentences.txt
  review  <claim-id> [--seeds DIR] [--content DIR] [--ledger FILE]
  import  <page.html...> [--seeds DIR]`;

/** Prints problems; true when they include errors. */
function report(result: PipelineResult): boolean {
  for (const p of result.problems) console.error(formatProblem(p));
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) console.error(`\n${errors} error(s). Fix them and run again.`);
  return errors > 0;
}

async function score(): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out: string[] = [];
  for await (const line of lines) {
    const s = scoreCheckworthiness(line);
    out.push(`${s.score.toFixed(4)}\t${s.label}`);
    if (out.length >= 1000) process.stdout.write(`${out.splice(0).join('\n')}\n`);
  }
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

runCli(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { seeds: { type: 'string' }, out: { type: 'string' }, content: { type: 'string' }, ledger: { type: 'string' } },
  });
  const [command, ...files] = positionals;
  // What the build would use (src/lib/settings.ts): `check` reads the same ledger and cache.
  const settings = pipelineSettings({ seeds: values.seeds, content: values.content, ledger: values.ledger });
  const { seedsDir, contentDir } = settings;

  switch (command) {
    case 'score':
      return score();
    case 'import': {
      if (files.length === 0) break;
      const result = importFiles(
        files.map((f) => resolve(f)),
        seedsDir,
        PROJECT_ROOT,
      );
      for (const p of result.problems) console.error(formatProblem(p));
      for (const file of result.written) console.log(`wrote ${file}`);
      if (result.written.length) console.log('Check the new article with: npm run claims -- check');
      return result.problems.some((p) => p.severity === 'error') ? 1 : 0;
    }
    case 'review': {
      if (files.length !== 1) break;
      return writeReviewScaffold(files[0]!, settings);
    }
    case 'extract': {
      if (files.length === 0) break;
      // The build's ledger, so the ids printed are the published ones; the other seeds are left out.
      const { ledgerFile, ledgerGuard, root } = settings;
      const result = runPipeline({ seedFiles: files.map((f) => resolve(f)), contentDir, root, ledgerFile, ledgerGuard, withoutReviews: true });
      if (report(result)) return 1;
      process.stdout.write(`${JSON.stringify(extractOutput(result), null, 2)}\n`);
      return 0;
    }
    case 'check':
    case 'data': {
      const result = runPipeline(settings);
      if (report(result)) return 1;
      if (command === 'data') {
        const out = values.out ? resolve(values.out) : dataDir();
        writeSiteData(out, result);
        console.log(`${result.articles.length} article(s), ${result.claims.length} claim(s), ${result.people.length} people → ${out}`);
      } else {
        console.log(`${result.articles.length} article(s) read, ${result.claims.length} claim(s), no errors.`);
      }
      return 0;
    }
  }
  console.error(USAGE);
  return 2;
});
