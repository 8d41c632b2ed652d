/** Today's date in this machine's time zone, as the checker takes it (YYYY-MM-DD): a request is dated locally. */
export function localIsoDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
