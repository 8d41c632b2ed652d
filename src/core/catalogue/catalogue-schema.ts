import { z } from 'zod';
import { documentPlaces, fieldTypes, languageCodes } from './catalogue-types';

/**
 * Shape of the law as written in schemas/: the instrument files and fields.json, texts in six languages.
 * `npm run catalogue:bundle` validates them against it, so a typo fails there (and in the bundle's test), not
 * in a user's report; the program then reads the bundle's structure and the texts through i18next.
 */

const localized = z
  .object({ en: z.string().min(1), zh: z.string().min(1) })
  .catchall(z.string().min(1));
export type Localized = z.infer<typeof localized>;

/**
 * 40(15)(a), 42(8), 2(o), 46; items of a list the instrument does not give (this tool's own) are numbered
 * after a dash: 46-1 is the first thing this tool asks of an interception request.
 */
const citation = z.string().regex(/^\d+(\((\d+|[a-z])\)(\([a-z]\))?)?(-\d+)?$/, 'citation like 40(15)(a), 42(8), 2(o), 46 or 46-1');

/** When an answer has a given value: a clause applies, the pages are marked. */
const when = z.object({ answer: z.string(), equals: z.string() });

const condition = z.object({
  type: z.literal('notRequiredWhenOnlyPurposes'),
  answer: z.string(),
  purposes: z.array(citation).min(1),
  /** Said in the report and printed in the document in place of the answer. */
  reason: localized,
});
export type ElementConditionSource = z.infer<typeof condition>;

const element = z.object({
  citation,
  text: localized,
  answers: z.array(z.string()).min(1),
  optionalAnswers: z.array(z.string()).optional(),
  condition: condition.optional(),
});
export type CatalogueElementSource = z.infer<typeof element>;

/**
 * A list of what a request must contain: the instrument's own (`treaty`, its words quoted), or, where the
 * instrument gives none, what this tool asks (`practice`, its own words, said so wherever shown).
 */
const list = z.object({ id: citation, source: z.enum(['treaty', 'practice']), heading: localized, elements: z.array(element).min(1) });
export type CatalogueListSource = z.infer<typeof list>;

/**
 * Rules of the law beyond "this element must be given", each checked by the completeness checker:
 * - minimumDays: an answer in days below a minimum (42(8): not less than 60 days) is flagged;
 * - purposeNeedsKind: a purpose of 40(3) that this kind cannot carry (real-time traffic data needs what
 *   45(3) lists): an error that names the kind to use, if there is one;
 * - purposeExpected: a purpose this kind is for (40(3)(e) for an Art. 45 request) must be among those chosen;
 * - periodStillRunning: a request made within a period that began on one date and lasts some days (an
 *   extension must be asked before the preservation ends, 42(9)).
 */
const rule = z.discriminatedUnion('type', [
  z.object({ type: z.literal('minimumDays'), answer: z.string(), min: z.number().int().positive(), citation }),
  z.object({ type: z.literal('purposeNeedsKind'), purposes: z.array(citation).min(1), kind: z.string().optional(), citation }),
  z.object({ type: z.literal('purposeExpected'), purposes: z.array(citation).min(1), citation }),
  z.object({ type: z.literal('periodStillRunning'), start: z.string(), days: z.string(), citation }),
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
  /** The instrument's clauses this kind prints, always or when an answer says so. */
  clauses: z.array(z.object({ clause: z.string(), when: when.optional() })).default([]),
  /** When every page is marked confidential. */
  marking: when.optional(),
  /** The request this one announces (42(3)(f): an MLA request will follow), and what carries over to it. */
  followUp: z.object({ kind: z.string(), answers: z.record(z.string(), z.string()).default({}) }).optional(),
  /** An emergency: the form shows the time. */
  clock: z.boolean().default(false),
});
export type CatalogueKindSource = z.infer<typeof kind>;

export const instrumentSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: localized,
  shortTitle: localized,
  /** Whether and between whom it applies, said where an instrument is chosen. */
  status: localized,
  citationPrefix: z.string(),
  /** The languages its text is authentic in. */
  authenticLanguages: z.array(z.enum(languageCodes)),
  /** The languages whose wording here is the authentic text verbatim (tested against a source); the rest is a rendering. */
  verbatimLanguages: z.array(z.enum(languageCodes)),
  renderingNotice: localized,
  /** Where the instrument says how requests go: asking for more information, the language of requests. */
  procedure: z.object({ additionalInformation: citation.optional(), language: citation.optional() }).default({}),
  lists: z.array(list),
  /** Sets of citations an answer picks from (the purposes of 40(3)). */
  choiceSets: z.record(z.string(), z.array(z.object({ citation, text: localized }))).default({}),
  provisions: z.record(z.string(), localized),
  /** Sentences a request prints when its kind says so (40(19) use limitation), each with its citation. */
  clauses: z.record(z.string(), z.object({ citation, text: localized })).default({}),
  kinds: z.record(z.string(), kind),
  detailBasis: z.record(z.string(), citation),
});
export type InstrumentSource = z.infer<typeof instrumentSchema>;


export const fieldsFileSchema = z.object({
  $comment: z.string().optional(),
  sections: z.array(z.string()).min(1),
  fields: z.record(z.string(), z.object({
    type: z.enum(fieldTypes), section: z.string(), label: localized, verbatim: z.boolean().optional(),
    /** A limit stricter than the type's (a reference number prints in every page header). */
    maxLength: z.number().int().positive().optional(),
    document: z.enum(documentPlaces).optional(),
    /** For a choices answer: the instrument's choice set it picks from. */
    options: z.string().optional(),
  })),
});
export type FieldSource = z.infer<typeof fieldsFileSchema>['fields'][string];
export type FieldsFileSource = z.infer<typeof fieldsFileSchema>;

/**
 * What to write in each answer and an invented example, in six languages (schemas/field-guidance.json): the
 * tool's guidance, shown in the wizard beside the instrument's words, never printed in a request.
 */
export const fieldGuidanceSchema = z.object({
  $comment: z.string().optional(),
  fields: z.record(z.string(), z.object({ help: localized, example: localized.optional() })),
});
export type FieldGuidanceSource = z.infer<typeof fieldGuidanceSchema>;
