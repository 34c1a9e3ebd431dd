/**
 * `claims review <claim-id>`: the start of a review file, filled from the claim (its id and
 * quote selector, and, as comments, the article, its date and the speaker), with the verdict
 * and sources left for the editor and the allowed verdicts listed. The front matter is written
 * by the yaml library's serializer and read back before it is returned: whatever the quote
 * holds (quotes, colons, `#`, a line break, 300 characters), the file is valid YAML that gives
 * back the claim's words exactly.
 */
import { Document, isMap, isScalar, parse, type Scalar } from 'yaml';
import { editDistance } from '../text/edit-distance.ts';
import type { ArticleRecord } from '../schemas/article.ts';
import type { Claim } from '../schemas/claim.ts';
import { reviewFrontMatterSchema, VERDICTS } from '../schemas/review.ts';
import { claimUrl } from '../urls.ts';

/** Claim ids nearest to a mistyped one, for the message that refuses it. */
export function nearestIds(id: string, claims: readonly Claim[], count = 3): string[] {
  return claims
    .map((c) => ({ id: c.id, distance: editDistance(id, c.id) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count)
    .map((x) => x.id);
}

/** The fields left for the editor: the only ones a fresh scaffold may lack. */
const LEFT_BLANK = ['verdict', 'summary', 'reviewer', 'sources'];
const BODY = 'The reasoning, in Markdown: what the sources show, what was true when the article was written, and what would settle it if nothing does.';

export function scaffoldReview(claim: Claim, article: ArticleRecord, today: string): string {
  const who = claim.speaker ? `${claim.speaker.name}${claim.speaker.role ? `، ${claim.speaker.role}` : ''}` : (claim.source ?? 'the outlet itself');
  const selector = { id: claim.id, quote: claim.selector.exact, prefix: claim.selector.prefix, suffix: claim.selector.suffix };
  const doc = new Document({
    claim: selector,
    verdict: null,
    summary: null,
    reviewer: null,
    reviewed: today,
    sources: [{ url: null, title: null, publisher: null, published: null, language: 'ar', stance: null, quote: null }],
    updates: [],
  });
  const comment = (path: (string | number)[], text: string, where: 'before' | 'after' = 'after') => {
    const node = doc.getIn(path, true) as Scalar;
    if (where === 'before') node.commentBefore = text;
    else node.comment = text;
  };
  // The header comment sits on the first key, so that no blank line shifts the lines below it.
  if (isMap(doc.contents) && isScalar(doc.contents.items[0]?.key))
    doc.contents.items[0].key.commentBefore = [
      ` Review of ${claimUrl(claim.id)} — see docs/reviews.md`,
      ` Article: ${article.title.text} (${article.source})`,
      ` Published: ${article.meta.published ?? 'unknown'} · Outlet: ${article.meta.outlet ?? 'unknown'}`,
      ` Said by: ${who} · Kind: ${claim.kind} · Attribution: ${claim.attribution}`,
      ` Verdicts: ${VERDICTS.join(' | ')}`,
    ].join('\n');
  comment(['verdict'], ' one of the verdicts above');
  comment(['summary'], ' the finding, in one sentence');
  comment(['reviewer'], ' your name');
  comment(['sources'], ' at least one (none only for the verdict opinion); one block per source', 'before');
  comment(['sources', 0, 'title'], ' the headline as the source shows it; leave null when it shows none');
  comment(['sources', 0, 'published'], ' YYYY-MM-DD when the source shows a date; otherwise delete this line');
  comment(['sources', 0, 'stance'], ' supports | contradicts | context');
  comment(['sources', 0, 'quote'], " the source's exact words (optional)");
  // No folding: a long quote stays on one line, as the editor will search for it.
  const front = doc.toString({ lineWidth: 0, nullStr: '' });
  assertScaffoldReadsBack(front, selector);
  return `---\n${front}---\n\n${BODY}\n`;
}

/**
 * The front matter read back: valid YAML, the claim's words unchanged, and valid by the review
 * schema once the editor's fields are filled. A failure here is a bug in this file, not the editor's.
 */
function assertScaffoldReadsBack(front: string, selector: Record<string, string>): void {
  const data = parse(front) as Record<string, unknown>;
  const back = data['claim'] as Record<string, unknown>;
  for (const [key, value] of Object.entries(selector))
    if (back[key] !== value) throw new Error(`review scaffold: claim.${key} reads back as ${JSON.stringify(back[key])}, not ${JSON.stringify(value)}`);
  const filled = { ...data, verdict: 'opinion', summary: 'x', reviewer: 'x', sources: [] };
  const parsed = reviewFrontMatterSchema.safeParse(filled);
  if (!parsed.success) throw new Error(`review scaffold does not pass the review schema: ${parsed.error.message}`);
  const unexpected = Object.keys(data).filter((k) => data[k] === null && !LEFT_BLANK.includes(k));
  if (unexpected.length) throw new Error(`review scaffold leaves ${unexpected.join(', ')} empty`);
}
