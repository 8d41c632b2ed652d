import { answerTypes } from '../answer-types';
import { fieldKeysForKind, getField, memo } from '../catalogue/catalogue';
import type { LanguageCode } from '../catalogue/catalogue-types';
import type { RequestData } from '../request/request-schema';

/** Where a translation is kept: the field, or the field and the part (`offences.0.name`). */
export const translationKey = (field: string, sub: string) => (sub ? `${field}.${sub}` : field);

/** cyrb53 of a text: a whole number below 2^53. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A short fingerprint of a text (cyrb53, in base 36): kept beside a translation, it tells whether the original
 * has changed since the translation was written.
 */
export const fingerprint = (text: string): string => hash53(text).toString(36);

/** The form fingerprint() writes: base-36 digits in lower case, no leading zero, at most 11 (below 2^53). */
const fingerprintForm = /^(?:0|[1-9a-z][0-9a-z]{0,10})$/;

/**
 * Whether a kept fingerprint is this text's: `basis === fingerprint(text)`, without writing the fingerprint
 * out (a check compares one a translated piece, and the base-36 writing cost as much as half the hashing).
 * Exact: below 2^53 parseInt loses nothing, and a basis above it cannot equal a hash, which is below.
 */
export const isFingerprintOf = (basis: string, text: string): boolean =>
  fingerprintForm.test(basis) && parseInt(basis, 36) === hash53(text);

/** One piece of the user's words and its version in a language. */
export interface TranslationUnit {
  key: string;
  field: string;
  sub: string;
  original: string;
  /** The user's version in the language, trimmed; '' when none is given. */
  translated: string;
  /** Written for an earlier original: the original changed after the translation was written. */
  stale: boolean;
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** Whatever keeps translations (a request, a review): per language, per key, the text and its basis. */
export interface Translated {
  translations?: Partial<Record<LanguageCode, Record<string, string>>>;
  translationBasis?: Partial<Record<LanguageCode, Record<string, string>>>;
}

/** The user's version of one piece of their words, and whether it is out of date. */
export function translationAt(holder: Translated, lang: LanguageCode, key: string, original: string): Pick<TranslationUnit, 'translated' | 'stale'> {
  const translated = text(holder.translations?.[lang]?.[key]);
  const basis = holder.translationBasis?.[lang]?.[key];
  return { translated, stale: Boolean(translated && basis && !isFingerprintOf(basis, original)) };
}

export const translationOf = (request: RequestData, lang: LanguageCode, field: string, sub: string, original: string) =>
  translationAt(request, lang, translationKey(field, sub), original);

/** The fields of a kind that can hold the user's own words (not verbatim), in the kind's order, with their types. */
const proseFields = memo((instrument: string, kind: string) => fieldKeysForKind(instrument, kind).flatMap((field) => {
  const def = getField(field);
  return def.verbatim ? [] : [{ field, type: answerTypes[def.type] }];
}));

/**
 * Every piece of the user's own words in a request, in the kind's order, with its version in a language:
 * what the export panel asks to translate, what the checker reports untranslated or stale, and what the PDF
 * marks "no translation given". Fixed values (yes, identifier types, purposes) are translated by the tool;
 * verbatim answers (reference numbers) and identifiers print as written.
 */
export function translationUnits(request: RequestData, lang: LanguageCode): TranslationUnit[] {
  const answers = request.answers as Record<string, unknown>;
  const units: TranslationUnit[] = [];
  // Plain loops over a plan made once a kind: this runs for every file of a bulk check.
  for (const { field, type } of proseFields(request.instrument, request.kind)) {
    for (const { sub, text: original } of type.prose(answers[field])) {
      const key = translationKey(field, sub);
      const { translated, stale } = translationAt(request, lang, key, original);
      units.push({ key, field, sub, original, translated, stale });
    }
  }
  return units;
}
