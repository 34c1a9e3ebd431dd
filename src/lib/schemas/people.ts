import { z } from 'zod';

/** A person in `content/people.yaml`. */
export const personEntrySchema = z.strictObject({
  /** Permanent, URL-safe id: `/people/<id>/`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens, e.g. khalifa-haftar'),
  /** The name as usually written in Arabic. */
  name: z.string().min(2),
  name_en: z.string().min(2).optional(),
  gender: z.enum(['m', 'f']).optional(),
  /** The role the articles give, e.g. `وزير الدفاع الليبي الأسبق`. */
  role: z.string().optional(),
  /** Other names, and roles that point to this one person. */
  aliases: z.array(z.string().min(2)).default([]),
  /** `institution` for a body that speaks for itself (a ministry, a central bank); a person when missing. */
  kind: z.enum(['person', 'institution']).optional(),
});
export const peopleFileSchema = z.array(personEntrySchema);

/** A place or organisation in `content/entities.yaml`. */
export const entityEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(2),
  type: z.enum(['place', 'organisation']),
  aliases: z.array(z.string().min(2)).default([]),
});
export const entitiesFileSchema = z.array(entityEntrySchema);

/** A person as the site shows them: from people.yaml, or found by the extractor. */
export const personSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string().optional(),
  gender: z.enum(['m', 'f']).optional(),
  role: z.string().optional(),
  aliases: z.array(z.string()),
  /** `editorial` when people.yaml lists them, `extracted` when only found in the text. */
  origin: z.enum(['editorial', 'extracted']),
  /** `institution` for a body that speaks (a ministry, a central bank); a person when missing. */
  kind: z.enum(['person', 'institution']).optional(),
});

export type PersonEntry = z.infer<typeof personEntrySchema>;
export type EntityEntry = z.infer<typeof entityEntrySchema>;
export type Person = z.infer<typeof personSchema>;

/** A person as the site loads them, with the claims they made and the claims that name them without their speaking. */
export const personRecordSchema = personSchema.extend({ claimIds: z.array(z.string()), mentionIds: z.array(z.string()) });
export type PersonRecord = z.infer<typeof personRecordSchema>;
