import { z } from 'zod';
import { CLAIM_ID } from './ids.ts';
import { claimLinksSchema } from './links.ts';
import { reviewSchema } from './review.ts';

/** W3C Web Annotation TextQuoteSelector: re-finds the claim if offsets ever shift. */
export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});

export const claimKindSchema = z.enum(['fact', 'quote', 'opinion', 'prediction']);
export const attributionSchema = z.enum(['named', 'unnamed', 'institution', 'outlet']);

/** One number found in a text (src/lib/text/arabic-numbers.ts). */
export const numberMentionSchema = z.object({
  /** Offsets in the original string: text.slice(start, end) === raw. */
  start: z.number(),
  end: z.number(),
  raw: z.string(),
  value: z.number(),
  kind: z.enum(['cardinal', 'ordinal', 'percent', 'year']),
});
/** One date (or part of a date) stated in a text (src/lib/text/arabic-dates.ts). */
export const dateMentionSchema = z.object({
  start: z.number(),
  end: z.number(),
  raw: z.string(),
  /** What the text states, nothing inferred: */
  year: z.number().optional(),
  /** 1-12 */
  month: z.number().optional(),
  day: z.number().optional(),
  /** 0 = Sunday الأحد */
  weekday: z.literal([0, 1, 2, 3, 4, 5, 6]).optional(),
  /** Relative words: "أمس" yesterday, "اليوم" today, "غدا" tomorrow, "الماضي" last, "المقبل"/"القادم" next. */
  relative: z.enum(['yesterday', 'today', 'tomorrow', 'last', 'next']).optional(),
});

/** A feature that moved the check-worthiness score (src/lib/extract/scorer.ts). */
export const scoreReasonSchema = z.object({
  /**
   * Feature name, one of `FEATURE_NAMES` (extract/features.ts): a hand-written feature, or
   * `word:<stem>` for a learned word. Exported as `reasons`; claim pages do not show it.
   */
  feature: z.string(),
  weight: z.number(),
  value: z.number(),
});

/** A person, place or organisation the claim mentions. */
export const entityMentionSchema = z.object({ id: z.string(), name: z.string(), type: z.enum(['person', 'place', 'organisation']) });

/** One check-worthy statement of an article. docs/claims.md documents every field. */
export const claimSchema = z.object({
  /** Readable and permanent: a transliterated slug of the claim's first words and a hash of its article id and folded text (extract/claim-id.ts). */
  id: z.string().regex(CLAIM_ID),
  articleId: z.string(),
  /** Id of the paragraph that holds it (an anchor on the article page). */
  blockId: z.string(),
  /** Offsets in the article's `text`: `text.slice(start, end) === selector.exact`. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The whole sentence the claim comes from, as offsets in the article's `text`. */
  sentence: z.object({ start: z.number().int(), end: z.number().int() }),
  selector: textQuoteSelectorSchema,
  text: z.string(),
  /** The shortest phrase that carries what is checkable; page title and list entry. */
  label: z.string(),
  labelEn: z.string().optional(),
  kind: claimKindSchema,
  attribution: attributionSchema,
  /** The person who said it, when named (or known by a role). */
  speaker: z.object({ id: z.string(), name: z.string(), role: z.string().optional() }).nullable(),
  /** The words that name the source when it is not a person: `مراقبون`, `مكتب حفتر الإعلامي`. */
  source: z.string().optional(),
  /** 0..1, from the fitted scorer (docs/scorer.md). */
  checkworthiness: z.number().min(0).max(1),
  /** The features that moved the score, largest contribution (|weight × value|) first. */
  reasons: z.array(scoreReasonSchema),
  /** Why this is a claim and why this kind: short rule names, see docs/claims.md. */
  rules: z.array(z.string()),
  values: z.object({ numbers: z.array(numberMentionSchema), dates: z.array(dateMentionSchema) }),
  entities: z.array(entityMentionSchema),
  /** Same claim in other articles, and opposing views: automatic or editorial (docs/linking.md). */
  links: claimLinksSchema.default({ same: [], opposes: [] }),
  /** The editors' review, when there is one (docs/reviews.md). Never made up. */
  review: reviewSchema.optional(),
  /**
   * Its English address (`/en/claims/<id>/`) was published once (src/lib/ledger/english-addresses.ts):
   * it keeps answering, with a redirect page to the Arabic one while the claim has no English page.
   */
  englishPublished: z.literal(true).optional(),
});

export type Claim = z.infer<typeof claimSchema>;
export type ClaimKind = z.infer<typeof claimKindSchema>;
export type Attribution = z.infer<typeof attributionSchema>;
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;
export type NumberMention = z.infer<typeof numberMentionSchema>;
export type DateMention = z.infer<typeof dateMentionSchema>;
export type ScoreReason = z.infer<typeof scoreReasonSchema>;
export type EntityMention = z.infer<typeof entityMentionSchema>;
