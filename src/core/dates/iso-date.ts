/**
 * A moment's date where it happens (the machine's time zone), as the checker takes it: YYYY-MM-DD. The
 * caller gives the moment: core has no clock.
 */
export function isoDateOf(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
