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

const hex = (n: number) => `\\u{${n.toString(16)}}`;
/** Code points that are never printed as they are, whatever a font holds for them: controls of every kind. */
const controlRanges: [number, number][] = [[0x00, 0x08], [0x0b, 0x1f], [0x7f, 0x9f], [0x61c, 0x61c], [0x200e, 0x200f], [0x202a, 0x202e], [0x2066, 0x2069], [0xfff9, 0xfffb]];

/** Every range some family prints, less the controls. */
function printableRanges(): [number, number][] {
  const all: [number, number][] = fontFamilies.flatMap((f) => {
    const r = ranges[f];
    const out: [number, number][] = [];
    for (let i = 0; i < r.length; i += 2) out.push([r[i]!, r[i + 1]!]);
    return out;
  });
  return controlRanges.reduce((acc, [a, b]) => acc.flatMap(([x, y]): [number, number][] => {
    if (b < x || a > y) return [[x, y]];
    return [...(x < a ? [[x, a - 1] as [number, number]] : []), ...(y > b ? [[b + 1, y] as [number, number]] : [])];
  }), all);
}

/**
 * Where a text needs a closer look, found in one pass: a character outside everything some font prints (a
 * control among them), or more than three accents in a row. Most texts have none.
 */
export const needsPrintCheck = (maxMarks: number) => new RegExp(
  `[^\\n\\t${printableRanges().map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')}]|\\p{M}{${maxMarks + 1}}`, 'u');
