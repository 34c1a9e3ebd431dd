import { z } from 'zod';
import { claimIdSchema as claimId } from './ids.ts';

/** One entry of `content/links.yaml`: link two claims, or remove an automatic link. */
export const editorialLinkSchema = z.strictObject({
  type: z.enum(['same', 'opposes', 'remove'], { error: 'must be same, opposes or remove' }),
  claims: z.tuple([claimId, claimId], { error: 'must be a list of exactly two claim ids' }),
  note: z.string().optional(),
});
export const linksFileSchema = z.array(editorialLinkSchema);
export type EditorialLink = z.infer<typeof editorialLinkSchema>;

/** `automatic`: found by the linker (docs/linking.md); `editorial`: set by the editors. */
export const linkOriginSchema = z.enum(['automatic', 'editorial']);

/** A link from one claim to another. */
export const claimLinkSchema = z.object({
  id: z.string(),
  origin: linkOriginSchema,
  /** The rule that made an automatic link. */
  rule: z.enum(['similar-statement', 'polarity']).optional(),
});
export const claimLinksSchema = z.object({ same: z.array(claimLinkSchema), opposes: z.array(claimLinkSchema) });
export type ClaimLink = z.infer<typeof claimLinkSchema>;
export type ClaimLinks = z.infer<typeof claimLinksSchema>;
export type LinkType = keyof ClaimLinks;
