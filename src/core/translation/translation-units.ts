import { answerTypes } from '../answer-types';
import { fieldKeysForKind, getField } from '../catalogue/catalogue';
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

/**
 * Whether a kept fingerprint is this text's: `basis === fingerprint(text)`, without writing the fingerprint
 * out (a check compares one a translated piece, and the base-36 writing cost as much as half the hashing).
 * Only the form fingerprint() writes can match: lowercase digits, no leading zero, below 2^53.
 */
export function isFingerprintOf(basis: string, text: string): boolean {
  if (basis.length === 0 || basis.length > 11 || (basis.length > 1 && basis.charCodeAt(0) === 0x30)) return false;
  let value = 0;
  for (let i = 0; i < basis.length; i++) {
    const c = basis.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x7a ? c - 0x57 : -1;
    if (digit < 0) return false;
    value = value * 36 + digit;
  }
  return value <= Number.MAX_SAFE_INTEGER && value === hash53(text);
}

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

/**
 * Every piece of the user's own words in a request, in the kind's order, with its version in a language:
 * what the export panel asks to translate, what the checker reports untranslated or stale, and what the PDF
 * marks "no translation given". Fixed values (yes, identifier types, purposes) are translated by the tool;
 * verbatim answers (reference numbers) and identifiers print as written.
 */
export function translationUnits(request: RequestData, lang: LanguageCode): TranslationUnit[] {
  const answers = request.answers as Record<string, unknown>;
  return fieldKeysForKind(request.instrument, request.kind).flatMap((field) => {
    const def = getField(field);
    if (def.verbatim) return [];
    return answerTypes[def.type].prose(answers[field]).map(({ sub, text: original }) => ({
      key: translationKey(field, sub), field, sub, original, ...translationOf(request, lang, field, sub, original),
    }));
  });
}
