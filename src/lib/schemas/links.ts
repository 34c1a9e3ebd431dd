import { z } from 'zod';

const claimId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a claim id, as in the claim page address /claims/<id>/');

/** One entry of `content/links.yaml`: link two claims, or remove an automatic link. */
export const editorialLinkSchema = z.strictObject({
  type: z.enum(['same', 'opposes', 'remove'], { error: 'must be same, opposes or remove' }),
  claims: z.tuple([claimId, claimId], { error: 'must be a list of exactly two claim ids' }),
  note: z.string().optional(),
});
export const linksFileSchema = z.array(editorialLinkSchema);
export type EditorialLink = z.infer<typeof editorialLinkSchema>;

const linkSchema = z.object({
  id: z.string(),
  origin: z.enum(['automatic', 'editorial']),
  rule: z.enum(['similar-statement', 'polarity', 'contrast-marker']).optional(),
});
export const claimLinksSchema = z.object({ same: z.array(linkSchema), opposes: z.array(linkSchema) });
