import type { LanguageCode } from '../core/catalogue/catalogue-types';
import { intlLocale } from '../core/dates/format-date';

/**
 * When something was saved, in the machine's time zone and the interface language's long form ("22 November
 * 2026, 10:00"): never a bare 11/22/2026 that reads two ways. An unreadable time is shown as a dash.
 */
export function formatTimestamp(iso: string, lang: LanguageCode): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}
