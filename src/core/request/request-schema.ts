import { z } from 'zod';
import {
  citationsForField, defaultInstrumentId, detailBasis, fieldKeysForKind, getField, getInstrument, kindIds,
} from '../catalogue/catalogue';
import { languageCodes } from '../catalogue/catalogue-schema';
import { valueSchema } from './field-values';

export const requestFormat = 'mla-request';
export const currentFormatVersion = 1;

/** Zod schema of a request of one kind, derived from the catalogue; each answer carries the citations it satisfies. */
function buildRequestSchema(instrumentId: string, kind: string) {
  const instrument = getInstrument(instrumentId);
  const purposeCitations = instrument.purposes.map((p) => p.citation);
  const shape: Record<string, z.ZodType> = {};
  for (const key of fieldKeysForKind(instrumentId, kind)) {
    const field = getField(key);
    const citations = citationsForField(instrumentId, kind, key);
    const basis = detailBasis(instrumentId, key);
    // meta() last: default()/prefault() would otherwise drop it from the JSON Schema.
    shape[key] = valueSchema(field.type, purposeCitations).meta({
      title: field.label.en,
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
    /** The user's own versions of narrative answers in other languages: `translations.zh.factsSummary`. */
    translations: z.partialRecord(z.enum(languageCodes), z.record(z.string().max(100), z.string().max(20000))).default({}),
  }).meta({ title: `${instrument.kinds[kind]?.title.en} (${instrument.shortTitle.en})` });
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

/** A new request of a kind with every answer at its empty default. */
export function emptyRequest(kind: string, instrumentId = defaultInstrumentId): RequestData {
  return requestSchemaFor(kind, instrumentId).parse({
    format: requestFormat, formatVersion: currentFormatVersion, instrument: instrumentId, kind,
  });
}
