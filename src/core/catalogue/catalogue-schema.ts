import { z } from 'zod';

/** Shape of the law as data. Loading validates against it so a typo in the JSON fails at start, not in a user's report. */
export const languageCodes = ['en', 'zh', 'fr', 'ru', 'es', 'ar'] as const;
export type LanguageCode = (typeof languageCodes)[number];

const localized = z
  .object({ en: z.string().min(1), zh: z.string().min(1) })
  .catchall(z.string().min(1));
export type Localized = z.infer<typeof localized>;

const citation = z.string().regex(/^\d+\(\d+\)(\([a-z]\))?$/, 'citation like 40(15)(a)');

const condition = z.object({
  type: z.literal('notRequiredWhenOnlyPurposes'),
  answer: z.string(),
  purposes: z.array(citation).min(1),
});
export type ElementCondition = z.infer<typeof condition>;

const element = z.object({
  citation,
  text: localized,
  answers: z.array(z.string()).min(1),
  optionalAnswers: z.array(z.string()).optional(),
  condition: condition.optional(),
});
export type CatalogueElement = z.infer<typeof element>;

const list = z.object({ id: citation, heading: localized, elements: z.array(element).min(1) });
export type CatalogueList = z.infer<typeof list>;

const kind = z.object({
  title: localized,
  article: z.string(),
  lists: z.array(citation).min(1),
  details: z.array(z.string()),
  /** Asked, printed, never required (annexes). */
  optional: z.array(z.string()).default([]),
});
export type CatalogueKind = z.infer<typeof kind>;

export const instrumentSchema = z.object({
  id: z.string(),
  title: localized,
  shortTitle: localized,
  citationPrefix: z.string(),
  authenticLanguages: z.array(z.enum(languageCodes)),
  renderingNotice: localized,
  lists: z.array(list),
  purposes: z.array(z.object({ citation, text: localized })),
  provisions: z.record(z.string(), localized),
  kinds: z.record(z.string(), kind),
  detailBasis: z.record(z.string(), citation),
  rules: z.object({ minPreservationDays: z.object({ value: z.number().int().positive(), citation }) }),
});
export type Instrument = z.infer<typeof instrumentSchema>;

export const fieldTypes = [
  'text', 'longText', 'date', 'number', 'yesNo', 'affirmation', 'textOrNA', 'periodOrNA', 'period',
  'purposes', 'offences', 'identifiers', 'contact', 'custodian', 'urgency',
] as const;
export type FieldType = (typeof fieldTypes)[number];

export const fieldsFileSchema = z.object({
  sections: z.array(z.string()).min(1),
  fields: z.record(z.string(), z.object({ type: z.enum(fieldTypes), section: z.string(), label: localized, verbatim: z.boolean().optional() })),
});
export type FieldDefinition = z.infer<typeof fieldsFileSchema>['fields'][string];
