import { z } from 'zod';
import { DAY, isRealDate } from './dates.ts';
import { claimIdSchema as claimId } from './ids.ts';

const date = z
  .string({ error: 'must be a date written as YYYY-MM-DD' })
  .refine((v) => DAY.test(v) && isRealDate(v), 'is not a date; write it as YYYY-MM-DD, for example 2025-12-18');

/** The verdict scale (docs/reviews.md), in order. */
export const VERDICTS = ['accurate', 'mostly-accurate', 'misleading', 'false', 'unverifiable', 'opinion'] as const;
// YAML reads a bare `false` as the boolean false: the verdict false is meant.
export const verdictSchema = z.preprocess((v) => (v === false ? 'false' : v), z.enum(VERDICTS, { error: `must be one of: ${VERDICTS.join(', ')}` }));

/** What a source does to the claim. */
export const stanceSchema = z.enum(['supports', 'contradicts', 'context'], { error: 'must be supports, contradicts or context' });

export const sourceSchema = z.strictObject({
  /** Only web addresses: a `javascript:` or `data:` URL is refused. */
  url: z.url({
    protocol: /^https?$/,
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? 'is missing: every source needs its web address'
        : 'must be a full web address starting with https:// or http://',
  }),
  /** The source's headline; null when it is not known (the page then shows the publisher and date). */
  title: z.string().trim().min(1).nullable().default(null),
  publisher: z.string().trim().min(1),
  /** When the source shows a date. */
  published: date.optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as ar or en'),
  stance: stanceSchema,
  /** The source's exact words; never a paraphrase. */
  quote: z.string().trim().min(1).optional(),
  note: z.string().trim().min(1).optional(),
});

export const updateSchema = z.strictObject({ date, note: z.string().trim().min(1) });

/** Front matter of `content/reviews/*.md`. */
export const reviewFrontMatterSchema = z
  .strictObject({
    claim: z.strictObject({
      id: claimId,
      /** TextQuoteSelector: the claim's exact words, and optionally the words around them. */
      quote: z.string().trim().min(2),
      prefix: z.string().optional(),
      suffix: z.string().optional(),
    }),
    verdict: verdictSchema,
    summary: z.string().trim().min(1),
    reviewer: z.string().trim().min(1),
    reviewed: date,
    sources: z.array(sourceSchema).default([]),
    updates: z.array(updateSchema).default([]),
    links: z.strictObject({ same: z.array(claimId).default([]), opposes: z.array(claimId).default([]), remove: z.array(claimId).default([]) }).optional(),
  })
  .refine((r) => r.verdict === 'opinion' || r.sources.length > 0, {
    message: 'needs at least one source (only the verdict opinion may have none)',
    path: ['sources'],
  })
  // An update records what changed after the review was published; what happened before it
  // belongs in the review's reasoning, or /corrections/ would present it as a correction.
  .superRefine((r, ctx) => {
    r.updates.forEach((u, i) => {
      if (u.date <= r.reviewed)
        ctx.addIssue({
          code: 'custom',
          path: ['updates', i, 'date'],
          message:
            `is not after the review's date (reviewed: ${r.reviewed}); an update records a change made after the review was published: ` +
            "tell earlier events in the review's text, or date the review when it was written",
        });
    });
  });

export type ReviewFrontMatter = z.infer<typeof reviewFrontMatterSchema>;
export type Verdict = z.infer<typeof verdictSchema>;

/** The schema.org rating of each verdict (ClaimReview JSON-LD and its export): −1 means "not on the scale". */
export const RATING: Record<Verdict, { value: number; name: string }> = {
  accurate: { value: 5, name: 'Accurate' },
  'mostly-accurate': { value: 4, name: 'Mostly accurate' },
  misleading: { value: 2, name: 'Misleading' },
  false: { value: 1, name: 'False' },
  unverifiable: { value: -1, name: 'Unverifiable' },
  opinion: { value: -1, name: 'Opinion, not checkable' },
};
export const BEST_RATING = 5;
export const WORST_RATING = 1;
export type ReviewSource = z.infer<typeof sourceSchema>;

/** A review as the site shows it, attached to its claim. */
export const reviewSchema = z.object({
  file: z.string(),
  verdict: verdictSchema,
  summary: z.string(),
  reviewer: z.string(),
  reviewed: z.string(),
  sources: z.array(sourceSchema),
  updates: z.array(updateSchema),
  /** The reasoning, Markdown rendered to sanitised HTML. */
  bodyHtml: z.string(),
  /** Set when the review was attached by its quote because its id no longer exists. */
  reanchoredFrom: z.string().optional(),
});
export type Review = z.infer<typeof reviewSchema>;
