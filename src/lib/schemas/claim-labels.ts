import { z } from 'zod';
import { claimIdSchema } from './ids.ts';

/** `content/claim-labels.yaml`: editors' labels for claims, by claim id. */
export const claimLabelsSchema = z.record(
  claimIdSchema,
  z.strictObject({
    /** Arabic label replacing the automatic one. */
    ar: z.string().trim().min(2).optional(),
    /** English label. */
    en: z.string().trim().min(2).optional(),
  }),
);
export type ClaimLabels = z.infer<typeof claimLabelsSchema>;
