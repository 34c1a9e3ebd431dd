/** `claims review <claim-id>`: writes content/reviews/<id>.md, never over an existing review. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runPipeline, type PipelineOptions } from '../lib/pipeline.ts';
import { formatProblem, hasErrors, problems } from '../lib/problems.ts';
import { nearestIds, scaffoldReview } from '../lib/review/scaffold-review.ts';

export function writeReviewScaffold(id: string, options: PipelineOptions & { contentDir: string; root: string }): number {
  const result = runPipeline({ ...options, withoutReviews: true });
  // Other reviews may be half-written: only problems that hide claims stop this command.
  const blocking = result.problems.filter((p) => !p.file.includes('reviews/'));
  if (hasErrors(blocking)) {
    for (const p of blocking) console.error(formatProblem(p));
    return 1;
  }
  const claim = result.claims.find((c) => c.id === id);
  const file = join(options.contentDir, 'reviews', `${id}.md`);
  const shown = relative(options.root, file) || file;
  if (!claim) {
    console.error(formatProblem(problems.reviewUnknownId(shown, id, nearestIds(id, result.claims))));
    return 1;
  }
  if (existsSync(file)) {
    console.error(formatProblem(problems.reviewExists(shown)));
    return 1;
  }
  mkdirSync(join(options.contentDir, 'reviews'), { recursive: true });
  const article = result.articles.find((a) => a.id === claim.articleId)!;
  writeFileSync(file, scaffoldReview(claim, article, new Date().toISOString().slice(0, 10)), { flag: 'wx' });
  console.log(`wrote ${shown}: fill in the verdict, summary, reviewer and sources, then run npm run claims -- check`);
  return 0;
}
