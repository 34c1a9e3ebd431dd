/**
 * Reads `content/reviews/*.md`: front matter checked against the review schema, body
 * Markdown rendered to sanitised HTML. Raw HTML in a body is an error, not something to
 * strip quietly: an editor should learn that it will not show.
 */
import { join, relative } from 'node:path';
import { markdownToSafeHtml } from '../render/markdown.ts';
import { problems, type Problem } from '../problems.ts';
import { listInputFolder, readTextInput } from '../read-input.ts';
import { reviewFrontMatterSchema, type ReviewFrontMatter } from '../schemas/review.ts';
import { parseYamlWithSchema } from '../yaml-input.ts';
import { checkReviewBody } from './check-body.ts';

export interface ParsedReview {
  file: string;
  front: ReviewFrontMatter;
  bodyHtml: string;
  /** Line of `claim.id` in the file, for messages. */
  idLine: number | undefined;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const FIELDS = 'claim (id, quote, prefix, suffix), verdict, summary, reviewer, reviewed, sources, updates, links';

/** `publicDir`: the site's public/ folder, where a review's images must be (unchecked without it). */
export function parseReview(text: string, file: string, options: { publicDir?: string } = {}): { review?: ParsedReview; problems: Problem[] } {
  const unmarked = text.replace(/^\uFEFF/, '');
  const match = FRONT_MATTER.exec(unmarked);
  if (!match) return { problems: [problems.reviewFrontMatter(file)] };
  const found: Problem[] = [];
  const front = parseYamlWithSchema(match[1]!, file, reviewFrontMatterSchema, { docs: 'docs/reviews.md', fields: FIELDS, lineOffset: 1 });
  found.push(...front.problems);

  const body = unmarked.slice(match[0].length);
  // A loop, not a spread: a hostile review can hold more problems than the stack has room for arguments.
  for (const problem of checkReviewBody(body, file, match[0].split('\n').length - 1, options.publicDir)) found.push(problem);
  if (!front.data || found.length > 0) return { problems: found };

  const idLine = match[1]!.split('\n').findIndex((l) => /^\s+id:/.test(l));
  return {
    review: { file, front: front.data, bodyHtml: markdownToSafeHtml(body), idLine: idLine < 0 ? undefined : idLine + 2 },
    problems: found,
  };
}

export function readReviews(dir: string, root = process.cwd()): { reviews: ParsedReview[]; problems: Problem[] } {
  const listed = listInputFolder(dir, relative(root, dir) || dir);
  if (!listed.ok) return { reviews: [], problems: [listed.problem] };
  const reviews: ParsedReview[] = [];
  const found: Problem[] = [];
  for (const name of (listed.names ?? []).filter((n) => n.endsWith('.md') && n !== 'README.md')) {
    const file = relative(root, join(dir, name)) || name;
    const read = readTextInput(join(dir, name), { file, root });
    if (!read.ok) {
      if (!read.missing) found.push(read.problem);
      continue;
    }
    const result = parseReview(read.text, file, { publicDir: join(root, 'public') });
    found.push(...result.problems);
    if (result.review) reviews.push(result.review);
  }
  return { reviews, problems: found };
}
