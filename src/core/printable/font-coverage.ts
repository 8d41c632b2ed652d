import coverage from './font-coverage.json';

/** The font families documents print in, in the order a character looks for one that has it. */
export const fontFamilies = ['NotoSans', 'NotoSansSC', 'Amiri'] as const;
export type FontFamily = (typeof fontFamilies)[number];

/** Sorted [start, end] pairs per family, from the ranges written by `npm run fonts:coverage`. */
const ranges: Record<FontFamily, Uint32Array> = Object.fromEntries(fontFamilies.map((family) => {
  const pairs = coverage[family].split(',').flatMap((r) => {
    const [a, b] = r.split('-');
    return [parseInt(a!, 16), parseInt(b ?? a!, 16)];
  });
  return [family, Uint32Array.from(pairs)];
})) as Record<FontFamily, Uint32Array>;

/** Whether every style of a family has a glyph for the code point (binary search over its ranges). */
export function covers(family: FontFamily, cp: number): boolean {
  const r = ranges[family];
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[mid * 2]!) hi = mid - 1;
    else if (cp > r[mid * 2 + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}
