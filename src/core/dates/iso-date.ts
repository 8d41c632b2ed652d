/**
 * A moment's date where it happens (the machine's time zone), as the checker takes it: YYYY-MM-DD. The
 * caller gives the moment: core has no clock.
 */
export function isoDateOf(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

const msPerDay = 86_400_000;

/** YYYY-MM-DD, nothing else (a date answer as stored). */
export const isIsoDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Days since 1970-01-01 of a YYYY-MM-DD date, in UTC so that no time zone shifts a day. */
export const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / msPerDay);

/** The YYYY-MM-DD date of a day number. */
export const isoOfDay = (day: number) => new Date(day * msPerDay).toISOString().slice(0, 10);
