import { z } from 'zod';

/** Shape of the law as data. Loading validates against it so a typo in the JSON fails at start, not in a user's report. */
export const languageCodes = ['en', 'zh', 'fr', 'ru', 'es', 'ar'] as const;
export type LanguageCode = (typeof languageCodes)[number];

const localized = z
  .object({ en: z.string().min(1), zh: z.string().min(1) })
  .catchall(z.string().min(1));
export type Localized = z.infer<typeof localized>;

const citation = z.string().regex(/^\d+(\(\d+\)(\([a-z]\))?)?$/, 'citation like 40(15)(a), 42(8) or 46');

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

/**
 * Rules of the law beyond "this element must be given", each checked by the completeness checker:
 * - minimumDays: an answer in days below a minimum (42(8): not less than 60 days) is flagged;
 * - purposeNeedsKind: a purpose of 40(3) that this kind cannot carry (real-time traffic data needs what
 *   45(3) lists): an error that names the kind to use, if there is one;
 * - purposeExpected: a purpose this kind is for (40(3)(e) for an Art. 45 request) must be among those chosen.
 */
const rule = z.discriminatedUnion('type', [
  z.object({ type: z.literal('minimumDays'), answer: z.string(), min: z.number().int().positive(), citation }),
  z.object({ type: z.literal('purposeNeedsKind'), purposes: z.array(citation).min(1), kind: z.string().optional(), citation }),
  z.object({ type: z.literal('purposeExpected'), purposes: z.array(citation).min(1), citation }),
]);
export type KindRule = z.infer<typeof rule>;

const kind = z.object({
  title: localized,
  article: z.string(),
  lists: z.array(citation).min(1),
  details: z.array(z.string()),
  /** Asked, printed, never required (annexes). */
  optional: z.array(z.string()).default([]),
  /** Answers a new request of this kind starts with (an Art. 45 request is one under 40(3)(e)). */
  presets: z.record(z.string(), z.unknown()).default({}),
  rules: z.array(rule).default([]),
  /** Where an answer means something else in this kind (40(20) confidentiality, not 42(3)(g)). */
  fieldLabels: z.record(z.string(), localized).default({}),
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
});
export type Instrument = z.infer<typeof instrumentSchema>;

export const fieldTypes = [
  'text', 'longText', 'date', 'number', 'yesNo', 'affirmation', 'textOrNA', 'periodOrNA', 'period',
  'purposes', 'offences', 'identifiers', 'contact', 'custodian', 'urgency',
] as const;
export type FieldType = (typeof fieldTypes)[number];

export const fieldsFileSchema = z.object({
  sections: z.array(z.string()).min(1),
  fields: z.record(z.string(), z.object({
    type: z.enum(fieldTypes), section: z.string(), label: localized, verbatim: z.boolean().optional(),
    /** A limit stricter than the type's (a reference number prints in every page header). */
    maxLength: z.number().int().positive().optional(),
  })),
});
export type FieldDefinition = z.infer<typeof fieldsFileSchema>['fields'][string];
