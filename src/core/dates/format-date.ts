import type { LanguageCode } from '../catalogue/catalogue-types';

/**
 * Dates in each language's own long form, never a bare 03/01/2026 that reads two ways: "20 November 2026",
 * "2026年11月20日", "20 novembre 2026", "20 ноября 2026 г.", "20 de noviembre de 2026", "20 نوفمبر 2026"
 * (Arabic with the digits of its UN documents). A value that is not a date is given back as it was written.
 */
const locales: Record<LanguageCode, string> = { en: 'en-GB', zh: 'zh-CN', fr: 'fr-FR', ru: 'ru-RU', es: 'es-ES', ar: 'ar-u-nu-latn' };
/** The Intl locale each language's dates are written in. */
export const intlLocale = (lang: LanguageCode) => locales[lang];

const dateFormats = new Map<LanguageCode, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<LanguageCode, Intl.DateTimeFormat>();
const formatOf = (cache: Map<LanguageCode, Intl.DateTimeFormat>, lang: LanguageCode, options: Intl.DateTimeFormatOptions) => {
  let format = cache.get(lang);
  if (!format) {
    // UTC throughout: a date or a wall-clock time as written, never shifted by the machine's time zone.
    format = new Intl.DateTimeFormat(locales[lang], { ...options, timeZone: 'UTC' });
    cache.set(lang, format);
  }
  return format;
};

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoDateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export function formatDate(value: string, lang: LanguageCode): string {
  const m = isoDay.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.getUTCDate() !== Number(m[3])) return value;
  return formatOf(dateFormats, lang, { dateStyle: 'long' }).format(date);
}

export function formatDateTime(value: string, lang: LanguageCode): string {
  const m = isoDateTime.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(m[3])) return value;
  return formatOf(dateTimeFormats, lang, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' }).format(date);
}
