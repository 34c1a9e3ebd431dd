/**
 * `claims review <claim-id>`: the start of a review file, filled from the claim (its id and
 * quote selector, and, as comments, the article, its date and the speaker), with the verdict
 * and sources left for the editor and the allowed verdicts listed.
 */
import { editDistance } from '../text/edit-distance.ts';
import { stringify } from 'yaml';
import type { ArticleRecord } from '../schemas/article.ts';
import type { Claim } from '../schemas/claim.ts';
import { VERDICTS } from '../schemas/review.ts';
import { claimUrl } from '../urls.ts';

/** Claim ids nearest to a mistyped one, for the message that refuses it. */
export function nearestIds(id: string, claims: readonly Claim[], count = 3): string[] {
  return claims
    .map((c) => ({ id: c.id, distance: editDistance(id, c.id) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count)
    .map((x) => x.id);
}

/** A YAML scalar as the yaml package writes it (quoted when it must be). */
const scalar = (value: string) => stringify(value).trimEnd();

export function scaffoldReview(claim: Claim, article: ArticleRecord, today: string): string {
  const who = claim.speaker ? `${claim.speaker.name}${claim.speaker.role ? `، ${claim.speaker.role}` : ''}` : (claim.source ?? 'the outlet itself');
  return [
    '---',
    `# Review of ${claimUrl(claim.id)} — see docs/reviews.md`,
    `# Article: ${article.title.text} (${article.source})`,
    `# Published: ${article.meta.published ?? 'unknown'} · Outlet: ${article.meta.outlet ?? 'unknown'}`,
    `# Said by: ${who} · Kind: ${claim.kind} · Attribution: ${claim.attribution}`,
    `# Verdicts: ${VERDICTS.join(' | ')}`,
    'claim:',
    `  id: ${claim.id}`,
    `  quote: ${scalar(claim.selector.exact)}`,
    `  prefix: ${scalar(claim.selector.prefix)}`,
    `  suffix: ${scalar(claim.selector.suffix)}`,
    'verdict:          # one of the verdicts above',
    'summary:          # the finding, in one sentence',
    'reviewer:         # your name',
    `reviewed: ${today}`,
    'sources:          # at least one (none only for the verdict opinion); one block per source',
    '  - url:',
    '    title:',
    '    publisher:',
    '    published:    # YYYY-MM-DD when the source shows a date; otherwise delete this line',
    '    language: ar',
    '    stance:       # supports | contradicts | context',
    "    quote:        # the source's exact words (optional)",
    'updates: []',
    '---',
    '',
    'The reasoning, in Markdown: what the sources show, what was true when the article was written, and what would settle it if nothing does.',
    '',
  ].join('\n');
}
