/**
 * The Markdown body of a review, vetted before it is rendered: what would hang or crash the
 * parser is refused unparsed; then raw HTML, an image from another site or missing from
 * public/, and a link that is not a web or e-mail address, each with its line. The page
 * then loads nothing from another origin, by construction, and no link is silently dead.
 */
import { existsSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { inspectMarkdown, isOutsideUrl, MARKDOWN_LIMITS, markdownHazards, urlScheme } from '../render/markdown.ts';
import { problems, type Problem } from '../problems.ts';

/** Where links may point: the web and e-mail (rehype-sanitize drops the rest without a word). */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * @param firstLine the line of the file the body starts on, less one (messages give file lines)
 * @param publicDir the site's public/ folder: an image must be a file there; without it, not checked
 */
export function checkReviewBody(body: string, file: string, firstLine: number, publicDir?: string): Problem[] {
  const hazards = markdownHazards(body);
  if (hazards.length > 0)
    return hazards.map((h) =>
      h.kind === 'nesting'
        ? problems.markdownTooDeep(file, h.line + firstLine, h.depth, MARKDOWN_LIMITS.nesting)
        : problems.markdownTooManyMarks(file, h.line + firstLine, h.count, h.marks, MARKDOWN_LIMITS.marks),
    );
  const found: Problem[] = [];
  const inspected = inspectMarkdown(body);
  // One message per line: "<b>…</b>" is one mistake, not two.
  const lines = new Set<number>();
  for (const raw of inspected.html) {
    if (lines.has(raw.line)) continue;
    lines.add(raw.line);
    found.push(problems.reviewRawHtml(file, raw.line + firstLine, raw.html));
  }
  for (const image of inspected.images) {
    if (isOutsideUrl(image.url)) found.push(problems.reviewRemoteImage(file, image.line + firstLine, image.url));
    else if (publicDir && !isPublicFile(image.url, publicDir)) found.push(problems.reviewMissingImage(file, image.line + firstLine, image.url));
  }
  for (const link of inspected.links) {
    const scheme = urlScheme(link.url);
    if (scheme && !LINK_SCHEMES.has(scheme)) found.push(problems.reviewUnsafeLink(file, link.line + firstLine, link.url));
  }
  return found;
}

/** `/images/a.png` (site-root path, query and fragment ignored) names a file inside `publicDir`. */
function isPublicFile(url: string, publicDir: string): boolean {
  if (!url.startsWith('/')) return false;
  let path: string;
  try {
    path = decodeURIComponent(url.replace(/[?#].*$/, ''));
  } catch {
    return false;
  }
  const full = resolve(publicDir, `.${path}`);
  if (relative(publicDir, full).startsWith(`..${sep}`) || full === resolve(publicDir)) return false;
  return existsSync(full) && statSync(full).isFile();
}
