/**
 * `/data/claimreview-feed.json` as a zod schema: a schema.org DataFeed whose every element is a
 * DataFeedItem holding exactly one ClaimReview (./claimreview-schema.ts says what one holds).
 * Open objects: the rest of schema.org stays allowed. The tests check the built feed with it.
 */
import { z } from 'zod';
import { DAY, DAY_OR_TIME } from '../schemas/dates.ts';
import { claimReviewItemSchema } from './claimreview-schema.ts';
import { WEB_ADDRESS } from './claims-schema.ts';

export const claimReviewFeedItemSchema = z.looseObject({
  '@type': z.literal('DataFeedItem'),
  dateCreated: z.string().regex(DAY).describe('Date of the review.'),
  dateModified: z.string().regex(DAY).describe('Date of its newest update, else of the review.'),
  item: z.tuple([claimReviewItemSchema]).describe('The ClaimReview of one reviewed claim.'),
});

export const claimReviewFeedSchema = z.looseObject({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('DataFeed'),
  url: z.string().regex(WEB_ADDRESS),
  dateModified: z.string().regex(DAY_OR_TIME).optional().describe('The date of the data, as `generated` in claims.json.'),
  dataFeedElement: z.array(claimReviewFeedItemSchema),
});
