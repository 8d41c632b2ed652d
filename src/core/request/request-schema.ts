import { z } from 'zod';
import { answerTypes } from '../answer-types';
import { maxTextLength } from '../answer-types/answer-type';
import {
  choicesFor, citationsForField, defaultInstrumentId, detailBasis, fieldKeysForKind, getField, getKind, kindIds,
} from '../catalogue/catalogue';
import { languageCodes } from '../catalogue/catalogue-types';

export const requestFormat = 'mla-request';
export const currentFormatVersion = 1;

const answerSchemas = new Map<string, z.ZodType>();
/** The schema of one answer (its type's shape, with the field's own limit where it has one). */
export function answerSchema(instrumentId: string, key: string): z.ZodType {
  const cacheKey = `${instrumentId}/${key}`;
  let schema = answerSchemas.get(cacheKey);
  if (!schema) {
    const field = getField(key);
    schema = answerTypes[field.type].schema({ choices: choicesFor(instrumentId, key).citations, maxLength: field.maxLength });
    answerSchemas.set(cacheKey, schema);
  }
  return schema;
}

/** Keys of `translations.<lang>`: the field, or the field and the part of it (`offences.0.name`). */
const translationKey = z.string().max(100);

/** Zod schema of a request of one kind, derived from the catalogue; each answer carries the citations it satisfies. */
function buildRequestSchema(instrumentId: string, kind: string) {
  const shape: Record<string, z.ZodType> = {};
  for (const key of fieldKeysForKind(instrumentId, kind)) {
    const citations = citationsForField(instrumentId, kind, key);
    const basis = detailBasis(instrumentId, key);
    // meta() last: default()/prefault() would otherwise drop it from the JSON Schema.
    shape[key] = answerSchema(instrumentId, key).meta({
      ...(citations.length > 0 ? { 'x-article': citations } : {}),
      ...(basis && citations.length === 0 ? { 'x-basis': basis } : {}),
    });
  }
  return z.object({
    format: z.literal(requestFormat),
    formatVersion: z.literal(currentFormatVersion),
    instrument: z.literal(instrumentId),
    kind: z.literal(kind),
    /** The language the answers are written in, and the second language of the bilingual document. */
    language: z.enum(languageCodes).default('en'),
    secondLanguage: z.union([z.literal(''), z.enum(languageCodes)]).default(''),
    answers: z.object(shape).prefault({}),
    /** The user's own versions of their words in other languages: `translations.zh.factsSummary`, `translations.zh.offences.0.name`. */
    translations: z.partialRecord(z.enum(languageCodes), z.record(translationKey, z.string().max(maxTextLength))).default({}),
    /** Fingerprint of the original each translation was written for: a changed original makes it stale. */
    translationBasis: z.partialRecord(z.enum(languageCodes), z.record(translationKey, z.string().max(32))).default({}),
  });
}

const cache = new Map<string, ReturnType<typeof buildRequestSchema>>();
export function requestSchemaFor(kind: string, instrumentId = defaultInstrumentId) {
  const cacheKey = `${instrumentId}/${kind}`;
  let schema = cache.get(cacheKey);
  if (!schema) {
    schema = buildRequestSchema(instrumentId, kind);
    cache.set(cacheKey, schema);
  }
  return schema;
}

export type RequestData = z.output<ReturnType<typeof buildRequestSchema>>;
export type RequestInput = z.input<ReturnType<typeof buildRequestSchema>>;
export type Answers = Record<string, unknown>;

export function isKnownKind(kind: string, instrumentId = defaultInstrumentId): boolean {
  return kindIds(instrumentId).includes(kind);
}

/** A new request of a kind: every answer at its empty default, but for what the kind starts with (its presets). */
export function emptyRequest(kind: string, instrumentId = defaultInstrumentId): RequestData {
  return requestSchemaFor(kind, instrumentId).parse({
    format: requestFormat, formatVersion: currentFormatVersion, instrument: instrumentId, kind,
    answers: structuredClone(getKind(instrumentId, kind).presets),
  });
}
