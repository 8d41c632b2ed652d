import type {
  CatalogueElementSource, CatalogueKindSource, CatalogueListSource, ElementConditionSource, FieldSource, InstrumentSource, KindRule, Localized,
} from './catalogue-schema';

/** The six UN languages: every text of the catalogue is given in each. */
export const languageCodes = ['en', 'zh', 'fr', 'ru', 'es', 'ar'] as const;
export type LanguageCode = (typeof languageCodes)[number];

export const fieldTypes = [
  'text', 'longText', 'date', 'dateTime', 'number', 'yesNo', 'affirmation', 'textOrNA', 'periodOrNA', 'period',
  'choices', 'offences', 'identifiers', 'contact', 'custodian', 'urgency', 'dataCategories',
] as const;
export type FieldType = (typeof fieldTypes)[number];

/** Where an answer prints when it is not printed under an element of a list. */
export const documentPlaces = ['from', 'to', 'reference', 'urgency', 'annexes', 'contact', 'signature', 'clause'] as const;
export type DocumentPlace = (typeof documentPlaces)[number];

/**
 * The catalogue as the program holds it: its structure, with each text replaced by `true` (there is one).
 * The texts themselves are read through i18next, one language pack at a time (src/i18n/catalogue/), so an
 * app in one language does not carry the law in six.
 */
export type WithoutTexts<T> = T extends Localized ? true
  : T extends readonly (infer U)[] ? WithoutTexts<U>[]
    : T extends object ? { [K in keyof T]: WithoutTexts<T[K]> }
      : T;

export type Instrument = WithoutTexts<InstrumentSource>;
export type CatalogueKind = WithoutTexts<CatalogueKindSource>;
export type CatalogueList = WithoutTexts<CatalogueListSource>;
export type CatalogueElement = WithoutTexts<CatalogueElementSource>;
export type ElementCondition = WithoutTexts<ElementConditionSource>;
export type FieldDefinition = WithoutTexts<FieldSource>;
export type { KindRule, Localized };
