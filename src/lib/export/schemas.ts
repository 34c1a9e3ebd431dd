/**
 * JSON Schemas (draft 2020-12) of the exports, served at /schemas/*.v<version>.json: generated
 * from the zod schemas (./claims-schema.ts, ./claimreview-schema.ts), so they cannot drift from
 * the types the builders are checked against.
 */
import { type ZodType, z } from 'zod';
import { claimReviewExportSchema } from './claimreview-schema.ts';
import { claimExportSchema, claimsExportSchema } from './claims-schema.ts';
import { SCHEMA_PATHS } from './formats.ts';

type JsonSchema = Record<string, unknown>;

// The input side: zod then leaves objects open (no `additionalProperties: false`), so a field
// added within a version does not break a validator that holds an older copy of the schema.
function jsonSchema(schema: ZodType): JsonSchema {
  const { $schema, $id, title, description, ...body } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
  return { $schema, $id, title, description, ...body }; // what the file is, first
}

/** `/schemas/claim.v1.json`: one claim (`/claims/<id>.json`), its fields in `$defs.claim`. */
export const claimJsonSchema = (site: string): JsonSchema => jsonSchema(claimExportSchema(site));
/** `/schemas/claims.v1.json`: `/data/claims.json`. */
export const claimsJsonSchema = (site: string): JsonSchema => jsonSchema(claimsExportSchema(site));
/** `/schemas/claimreview.v1.json`: `/data/claimreview.json`, the schema.org ClaimReview objects. */
export const claimReviewJsonSchema = (site: string): JsonSchema => jsonSchema(claimReviewExportSchema(site));

/** The schema files, by the name they are served under in /schemas/. */
export const SCHEMA_FILES: Record<string, (site: string) => JsonSchema> = {
  [SCHEMA_PATHS.claims.replace('/schemas/', '')]: claimsJsonSchema,
  [SCHEMA_PATHS.claim.replace('/schemas/', '')]: claimJsonSchema,
  [SCHEMA_PATHS.claimReview.replace('/schemas/', '')]: claimReviewJsonSchema,
};
