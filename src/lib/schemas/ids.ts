import { z } from 'zod';

/** A claim id: lower-case letters, digits and hyphens, as in its page address /claims/<id>/. */
export const CLAIM_ID = /^[a-z0-9][a-z0-9-]*$/;
export const claimIdSchema = z.string().regex(CLAIM_ID, 'must be a claim id, as in the claim page address /claims/<id>/');
