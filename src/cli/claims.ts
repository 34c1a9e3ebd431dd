#!/usr/bin/env node
/**
 * The editors' command line: `npm run claims -- <command>`.
 *   check [--seeds DIR]              read every seed and report problems; writes nothing
 *   data  [--seeds DIR] [--out DIR]  run the pipeline and write the site's data (default .claims/)
 * Exit code 0 when there are no errors (warnings allowed), 1 on errors, 2 on bad usage.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { runPipeline, writeSiteData } from '../lib/pipeline.ts';
import { formatProblem, hasErrors } from '../lib/problems.ts';
import { dataDir, defaultSeedsDir, PROJECT_ROOT } from '../lib/paths.ts';
import { runCli } from './run-cli.ts';

const USAGE = `usage: npm run claims -- <check|data> [--seeds DIR] [--out DIR]`;

runCli(() => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { seeds: { type: 'string' }, out: { type: 'string' } },
  });
  const command = positionals[0];
  if (command !== 'check' && command !== 'data') {
    console.error(USAGE);
    return 2;
  }
  const seedsDir = values.seeds ? resolve(values.seeds) : defaultSeedsDir();
  const result = runPipeline({ seedsDir, root: PROJECT_ROOT });
  for (const p of result.problems) console.error(formatProblem(p));
  if (hasErrors(result.problems)) {
    console.error(`\n${result.problems.filter((p) => p.severity === 'error').length} error(s): nothing was written. Fix them and run again.`);
    return 1;
  }
  if (command === 'data') {
    const out = values.out ? resolve(values.out) : dataDir();
    writeSiteData(out, result);
    console.log(`${result.articles.length} article(s) → ${out}`);
  } else {
    console.log(`${result.articles.length} article(s) read, no errors.`);
  }
  return 0;
});
