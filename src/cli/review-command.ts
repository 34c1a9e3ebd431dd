/**
 * `claims review <claim-id>`: writes content/reviews/<id>.md, never over an existing review,
 * and never a second review of a claim already reviewed in a file of another name.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { runPipeline, type PipelineOptions, type PipelineResult } from '../lib/pipeline.ts';
import { formatProblem, hasErrors, problems, type Problem } from '../lib/problems.ts';
import { nearestIds, scaffoldReview } from '../lib/review/scaffold-review.ts';

type Options = PipelineOptions & { contentDir: string; root: string };
type Planned = { path: string; shown: string; text: string } | { problem: Problem };

export function writeReviewScaffold(id: string, options: Options): number {
  const result = runPipeline(options);
  // Other reviews may be half-written: only problems that hide claims stop this command.
  const blocking = result.problems.filter((p) => !p.file.includes('reviews/'));
  if (hasErrors(blocking)) {
    for (const p of blocking) console.error(formatProblem(p));
    return 1;
  }
  const planned = planReview(id, result, options, new Date().toISOString().slice(0, 10));
  if ('problem' in planned) {
    console.error(formatProblem(planned.problem));
    return 1;
  }
  mkdirSync(join(options.contentDir, 'reviews'), { recursive: true });
  writeFileSync(planned.path, planned.text, { flag: 'wx' });
  console.log(`wrote ${planned.shown}: fill in the verdict, summary, reviewer and sources, then run npm run claims -- check`);
  return 0;
}

/** The review file to write for a claim, or why none is written. */
export function planReview(id: string, result: PipelineResult, options: Options, today: string): Planned {
  const dir = join(options.contentDir, 'reviews');
  const path = join(dir, `${id}.md`);
  const shown = relative(options.root, path) || path;
  const claim = result.claims.find((c) => c.id === id);
  if (!claim) return { problem: problems.reviewUnknownId(shown, id, nearestIds(id, result.claims)) };
  // Attached (by id or by its quote), or begun and not yet valid: either way the claim has one.
  const existing = claim.review?.file ?? reviewFileNaming(id, dir, options.root);
  if (existing) return { problem: problems.reviewExists(existing) };
  const article = result.articles.find((a) => a.id === claim.articleId)!;
  return { path, shown, text: scaffoldReview(claim, article, today) };
}

/** The review file in `dir` whose front matter names `id`, read leniently: it may be half-written. */
function reviewFileNaming(id: string, dir: string, root: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.md') && n !== 'README.md');
  } catch {
    return undefined;
  }
  const found = names.sort().find((name) => {
    const path = join(dir, name);
    if (name === `${id}.md`) return true;
    if (!lstatSync(path).isFile()) return false;
    const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))?.[1] ?? '';
    return claimIdOf(front) === id;
  });
  return found && (relative(root, join(dir, found)) || found);
}

function claimIdOf(front: string): string | undefined {
  let id: unknown;
  try {
    // Silent: a file that is not valid YAML yet gives what it can.
    id = (parse(front, { logLevel: 'silent' }) as { claim?: { id?: unknown } } | null)?.claim?.id;
  } catch {
    // Too many aliases: the id line below still says which claim the file is on.
  }
  return typeof id === 'string' ? id : /^\s+id:\s*["']?([\w-]+)/m.exec(front)?.[1];
}
