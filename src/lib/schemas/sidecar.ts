import { z } from 'zod';
import { DAY_OR_TIME, isRealDate, isRealTime } from './dates.ts';

/**
 * Metadata of one article, from the optional `seeds/<name>.yaml` beside `seeds/<name>.txt`.
 * Every field is optional: what the sidecar does not say, the site shows as unknown.
 * docs/sidecar.md documents each field with an example.
 */
export const sidecarSchema = z
  .strictObject({
    /** The article's headline, for a file whose first line is already the body. */
    title: z.string().trim().min(1, 'must not be empty').optional(),
    /** Name of the outlet that published the article, as it writes it: `عربي21`. */
    outlet: z.string().trim().min(1, 'must not be empty').optional(),
    /** Address of the original article: `https://…`. */
    url: z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https:// or http://' }).optional(),
    /** Publication date, `YYYY-MM-DD` or an ISO 8601 date-time with an offset. */
    published: z
      .string({ error: 'must be a date written as YYYY-MM-DD (put it in quotes if your editor changes it)' })
      .refine((v) => DAY_OR_TIME.test(v) && isRealDate(v), 'is not a date; write it as YYYY-MM-DD, for example 2025-12-18')
      .refine(isRealTime, 'has a time that does not exist; hours go to 23, minutes to 59: write it as "2025-12-18T09:30:00+02:00", or the day alone')
      .optional(),
    /** Author's name as the article gives it. */
    author: z.string().trim().min(1, 'must not be empty').optional(),
    /** Language of the article as a BCP 47 tag: `ar`, `en`. */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as ar or en')
      .optional(),
  })
  .default({});

export type Sidecar = z.infer<typeof sidecarSchema>;
