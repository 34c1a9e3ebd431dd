import { z } from 'zod';
import { sidecarSchema } from './sidecar.ts';

const located = { line: z.number().int().positive() };

/** A heading or a paragraph of the article's body, with its place in `text`. */
export const blockSchema = z.object({
  kind: z.enum(['heading', 'paragraph']),
  /** Stable anchor on the article page: a slug for headings, `p-` + content hash for paragraphs. */
  id: z.string(),
  text: z.string(),
  /** `text.slice(start, end)` of the article is exactly this block's text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  ...located,
});

/** A line (or part of one) of the source that is not in the article, and why. */
export const removalSchema = z.object({
  /** 1-based line number in the source file. */
  ...located,
  /** The removed text; for invisible characters, a list of code points and counts. */
  text: z.string(),
  reason: z.enum(['counter', 'widget', 'furniture', 'repeated-line', 'invisible-characters']),
  /** The rule that matched, for counters, widgets and other page furniture (docs/ingest.md lists them). */
  rule: z
    .enum([
      'counter',
      'contact',
      'share',
      'related',
      'comments',
      'print',
      'follow',
      'back-to-top',
      'dateline',
      'byline',
      'agency-tag',
      'masthead',
      'picture-file',
      'hashtags',
      'copyright',
      'no-arabic',
      'teaser',
      'section-label',
      'page-top',
      'caption',
      'widget',
      'article-note',
    ])
    .optional(),
  /** For a repeated line: the line it repeats. */
  sameAs: z.number().int().positive().optional(),
});

/** One article as the ingest stage produces it: the input of every later stage. */
export const articleSchema = z.object({
  /** From the file name: `seeds/000_bc5b.txt` → `000_bc5b`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
  /** The seed file, relative to the project. */
  source: z.string(),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1256']),
  /** SHA-256 of the cleaned title and text: equal for two copies of one article. */
  contentHash: z.string(),
  /** The headline; `line` is absent when it comes from the sidecar. */
  title: z.object({ text: z.string(), line: z.number().int().positive().optional() }),
  /**
   * Where the headline comes from: a headline `line` of the file, the sidecar's `title:`, or,
   * when the file starts with the body and the sidecar gives none, the `first-sentence` of the text.
   */
  titleSource: z.enum(['line', 'sidecar', 'first-sentence']),
  sectionLabel: z.object({ text: z.string(), ...located }).optional(),
  caption: z.object({ text: z.string(), credit: z.string().optional(), ...located }).optional(),
  blocks: z.array(blockSchema),
  /** Headings and paragraphs joined by blank lines; offsets in `blocks` point into it. */
  text: z.string(),
  removed: z.array(removalSchema),
  /** From the sidecar; empty when there is none. Nothing here is guessed. */
  meta: sidecarSchema,
  /** The sidecar's language, else `ar` when Arabic letters dominate the text, else `und`. */
  lang: z.string(),
});

export type Article = z.infer<typeof articleSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Removal = z.infer<typeof removalSchema>;
export type BoilerplateRule = NonNullable<Removal['rule']>;

/** A sentence of the article as the extractor saw it, with the claims it gave. */
export const sentenceSchema = z.object({
  /** Anchor of the sentence on the article page (`#s-…`): a hash of its words, not its place. */
  id: z.string(),
  blockId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Claims taken from this sentence (none for a question or a statement with no signal). */
  claimIds: z.array(z.string()),
  /** Why it gave no claim, when it gave none. */
  skipped: z.enum(['question', 'not-checkworthy']).optional(),
});
export type SentenceRecord = z.infer<typeof sentenceSchema>;

/** An article as the site loads it: the ingested article plus what extraction found. */
export const articleRecordSchema = articleSchema.extend({
  sentences: z.array(sentenceSchema),
  claimIds: z.array(z.string()),
});

export type ArticleRecord = z.infer<typeof articleRecordSchema>;
