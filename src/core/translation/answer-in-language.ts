import { answerTypes } from '../answer-types';
import { choicesFor, getField } from '../catalogue/catalogue';
import type { LanguageCode } from '../catalogue/catalogue-types';
import type { Translate } from '../completeness/report-messages';
import { formatDate, formatDateTime } from '../dates/format-date';
import type { RequestData } from '../request/request-schema';
import { translationOf } from './translation-units';

export interface AnswerText {
  /** '' for an empty answer: the caller marks it missing, nothing is filled in. */
  text: string;
  /** Some of the user's words print in the original: no version in this language was given. */
  untranslated: boolean;
  /** Some version printed was written for an earlier original. */
  stale: boolean;
}

/**
 * An answer as it reads in one language: fixed values in that language's words, the user's words as
 * written (in the request's own language, or where the answer is verbatim) or as the user translated them.
 * Said of each part of the answer, so that an offence, a custodian or a reason is never passed off as
 * translated when it is not.
 */
export function answerInLanguage(request: RequestData, key: string, lang: LanguageCode, t: Translate): AnswerText {
  const field = getField(key);
  const asWritten = field.verbatim === true || lang === request.language;
  let untranslated = false;
  let stale = false;
  const words = (sub: string, original: string) => {
    if (asWritten) return original;
    const version = translationOf(request, lang, key, sub, original);
    if (!version.translated) {
      untranslated = true;
      return original;
    }
    stale ||= version.stale;
    return version.translated;
  };
  const { set, citations } = choicesFor(request.instrument, key);
  const text = answerTypes[field.type].format((request.answers as Record<string, unknown>)[key], {
    t, instrument: request.instrument, choiceSet: set, choices: citations, words,
    date: (iso) => formatDate(iso, lang), dateTime: (value) => formatDateTime(value, lang),
  });
  return { text, untranslated, stale };
}
