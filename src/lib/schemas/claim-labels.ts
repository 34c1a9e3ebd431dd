import { z } from 'zod';

/** `content/claim-labels.yaml`: editors' labels for claims, by claim id. */
export const claimLabelsSchema = z.record(
  z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a claim id, as in the claim page address /claims/<id>/'),
  z.strictObject({
    /** Arabic label replacing the automatic one. */
    ar: z.string().trim().min(2).optional(),
    /** English label. */
    en: z.string().trim().min(2).optional(),
  }),
);
export type ClaimLabels = z.infer<typeof claimLabelsSchema>;
