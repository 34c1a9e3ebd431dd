/**
 * The claims exports (`/data/claims.json`, `/claims/<id>.json`) as zod schemas: one source for
 * the TypeScript types of ./claims.ts and for the JSON Schemas served at /schemas/ (./schemas.ts,
 * `z.toJSONSchema`). The descriptions are the schemas' documentation; docs/data.md repeats them.
 */
import { z } from 'zod';
import { attributionSchema, claimKindSchema } from '../schemas/claim.ts';
import { DAY, DAY_OR_TIME } from '../schemas/dates.ts';
import { CLAIM_ID } from '../schemas/ids.ts';
import { linkOriginSchema } from '../schemas/links.ts';
import { stanceSchema, VERDICTS } from '../schemas/review.ts';
import { absoluteUrl } from '../urls.ts';
import { CLAIM_VERSION, CLAIMS_VERSION, SCHEMA_PATHS } from './formats.ts';

// No `format` keyword in the JSON Schemas: patterns say the same and any validator checks them without plug-ins.
export const WEB_ADDRESS = /^https?:\/\//;
const text = (description: string) => z.string().describe(description);
const textOrNull = (description: string) => z.string().nullable().describe(description);
const address = (description: string) => z.string().regex(WEB_ADDRESS).describe(description);
const claimId = (description: string) => z.string().regex(CLAIM_ID).describe(description);

export const exportLinkSchema = z
  .object({
    id: claimId('Id of the linked claim.'),
    url: address('Permanent address of the linked claim page.'),
    origin: linkOriginSchema.describe('automatic: found by the linker (docs/linking.md); editorial: set by the editors.'),
    // A string, not the linker's list of rules: a rule added later must not break an older copy of the schema.
    rule: textOrNull('For automatic links, the linker rule: similar-statement or polarity; null for editorial links.'),
  })
  .describe('A link to another claim.');

export const exportSourceSchema = z
  .object({
    url: address('Its address.'),
    title: textOrNull('Its headline; null when the headline is not known (show the publisher and date instead).'),
    publisher: text('Who published it.'),
    published: z.string().regex(DAY).nullable().describe('Its date, YYYY-MM-DD, when it shows one.'),
    language: text('Its language, a BCP 47 tag.'),
    stance: stanceSchema.describe('What it does to the claim.'),
    quote: textOrNull('The source’s exact words; never a paraphrase.'),
    note: textOrNull('The editors’ note on the source.'),
  })
  .describe('One source.');

/** One claim as the exports give it; `$defs.claim` of both JSON Schemas (meta `id`). */
export const exportClaimSchema = z
  .object({
    id: claimId('Permanent id of the claim: a transliterated slug of its first words and a hash of its article and text.'),
    url: address('Permanent address of the claim page.'),
    article: z
      .object({
        id: text('Article id (from the seed file name).'),
        title: text('Title of the article.'),
        outlet: textOrNull('Outlet that published it, as it writes its name; null when unknown.'),
        url: z.string().regex(WEB_ADDRESS).nullable().describe('Address of the original article; null when unknown.'),
        page: address('The article page on this site.'),
        published: z.string().regex(DAY_OR_TIME).nullable().describe('Publication date, YYYY-MM-DD or an ISO 8601 date-time with offset; null when unknown.'),
        language: text('Language of the article, a BCP 47 tag (ar), or und when unknown.'),
      })
      .describe('The article the claim comes from.'),
    speaker: z
      .object({
        id: text('Person id, as in /people/<id>/.'),
        name: text('Name as the site writes it.'),
        role: textOrNull('Role or title, when known.'),
        url: address('The person page on this site.'),
      })
      .nullable()
      .describe('The person who made the claim, when named (or known by a role); null otherwise (see attribution and source).'),
    source: textOrNull('The words naming an unnamed or institutional source (مراقبون، مكتب حفتر الإعلامي); null when there are none.'),
    attribution: attributionSchema.describe('Who the claim is attributed to: a named person, unnamed sources, an institution, or the outlet in its own voice.'),
    kind: claimKindSchema.describe('Kind of claim (docs/claims.md).'),
    text: text('The claim as the article words it.'),
    label: text('Its shortest checkable phrase, in Arabic (or an editor’s label).'),
    labelEn: textOrNull('An editor’s English label; null when there is none.'),
    anchor: z
      .object({
        start: z.int().min(0).describe('Offset (UTF-16 code units) of the claim in the article text.'),
        end: z.int().min(0).describe('Offset of its end (exclusive).'),
        selector: z
          .object({
            type: z.literal('TextQuoteSelector').describe('Always TextQuoteSelector.'),
            exact: text('The exact words at start..end.'),
            prefix: text('Up to 32 characters just before.'),
            suffix: text('Up to 32 characters just after.'),
          })
          .describe('W3C Web Annotation TextQuoteSelector, to find the claim again if offsets shift.'),
      })
      .describe('Where the claim is in the article text.'),
    checkworthiness: z.number().min(0).max(1).describe('The scorer’s check-worthiness score, 0 to 1 (docs/scorer.md).'),
    verdict: z.enum(VERDICTS).nullable().describe('The editors’ verdict (docs/reviews.md); null when the claim has not been reviewed. Never guessed.'),
    summary: textOrNull('The review’s summary; null when unreviewed.'),
    reviewer: textOrNull('Who reviewed the claim; null when unreviewed.'),
    reviewed: z.string().regex(DAY).nullable().describe('Date of the review, YYYY-MM-DD; null when unreviewed.'),
    sources: z.array(exportSourceSchema).describe('The sources the review relies on, in the editors’ order; empty when unreviewed.'),
    updates: z
      .array(z.object({ date: z.string().regex(DAY).describe('Its date, YYYY-MM-DD.'), note: text('What changed.') }).describe('One update.'))
      .describe('Dated updates to the review, oldest first as the editors wrote them; empty when unreviewed.'),
    links: z
      .object({
        same: z.array(exportLinkSchema).describe('Claims that say the same.'),
        opposes: z.array(exportLinkSchema).describe('Claims that oppose it.'),
      })
      .describe('Claims that say the same thing elsewhere, and claims that oppose it.'),
  })
  .meta({
    id: 'claim',
    description: 'One claim of an article, with its review when the editors have reviewed it.',
    // No verdict, no review: an unreviewed claim carries no summary, reviewer, date or sources.
    // A rule across fields, which zod has no JSON Schema form for: written as JSON Schema.
    if: { properties: { verdict: { const: null } } },
    // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword, read by validators, never awaited
    then: {
      properties: { summary: { const: null }, reviewer: { const: null }, reviewed: { const: null }, sources: { maxItems: 0 }, updates: { maxItems: 0 } },
    },
  });

/** The fields every export file starts with: its schema's address and its format version. */
export const exportHeader = (schemaPath: string, version: number, site: string) => ({
  $schema: z.literal(absoluteUrl(schemaPath, site)).describe('Address of this file’s JSON Schema.'),
  version: z.literal(version).describe(`Format version: ${version}. A field removed or changing meaning gives a new version; added fields keep it.`),
});

/** The date of the data and the site, as `/data/claims.json` and `/data/claimreview.json` give them. */
export const exportDateAndSite = (generated: string) => ({
  generated: z.string().regex(DAY_OR_TIME).nullable().describe(generated),
  site: address('Address of the site.'),
});

/** The JSON Schema's own address and words, for `.meta()` of a whole file. */
export const fileMeta = (schemaPath: string, site: string, title: string, description: string) => ({ $id: absoluteUrl(schemaPath, site), title, description });

/** `/claims/<id>.json`: one claim, with its schema and version. */
export const claimExportSchema = (site: string) =>
  z
    .object(exportHeader(SCHEMA_PATHS.claim, CLAIM_VERSION, site))
    .and(exportClaimSchema)
    .meta(
      fileMeta(
        SCHEMA_PATHS.claim,
        site,
        'Claim',
        'One claim of the fact-check site, as /claims/<id>.json gives it: the claim, its article, speaker, anchor, score and review.',
      ),
    );

/** `/data/claims.json`: every claim. */
export const claimsExportSchema = (site: string) =>
  z
    .object({
      ...exportHeader(SCHEMA_PATHS.claims, CLAIMS_VERSION, site),
      ...exportDateAndSite(
        'Date of the data: the CLAIMS_BUILD_DATE of the build, else the newest review, update or article date. Null when the data hold no date.',
      ),
      claims: z.array(exportClaimSchema).describe('Every claim: articles by id, each article’s claims in text order.'),
    })
    .meta(fileMeta(SCHEMA_PATHS.claims, site, 'Claims', 'Every claim of the fact-check site, as /data/claims.json gives them.'));

export type ExportLink = z.infer<typeof exportLinkSchema>;
export type ExportSource = z.infer<typeof exportSourceSchema>;
export type ExportClaim = z.infer<typeof exportClaimSchema>;
export type ClaimExport = z.infer<ReturnType<typeof claimExportSchema>>;
export type ClaimsExport = z.infer<ReturnType<typeof claimsExportSchema>>;
