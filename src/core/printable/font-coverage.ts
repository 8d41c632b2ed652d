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

/**
 * The same question as needsPrintCheck, the other way round and faster: whether a text prints exactly as
 * written. A character of the Basic Multilingual Plane is looked up in a table (one read, instead of a search
 * through some hundreds of ranges that made a page of Chinese cost as much as checking the rest of its
 * request); a text with a character beyond it is given to the regular expression. The table is built on the
 * first character past ASCII, so a run that only meets ASCII never builds it.
 */
export function printsAsWritten(maxMarks: number): (text: string) => boolean {
  const needsCheck = needsPrintCheck(maxMarks);
  const printed = 1;
  const accent = 2;
  const beyondPlane = 3;
  let table: Uint8Array | undefined;
  const build = () => {
    const t = new Uint8Array(0x10000);
    for (const [a, b] of printableRanges()) t.fill(printed, a, Math.min(b, 0xffff) + 1);
    const mark = /\p{M}/u;
    for (let c = 0; c < 0x10000; c++) if (t[c] && mark.test(String.fromCharCode(c))) t[c] = accent;
    t[0x09] = printed;
    t[0x0a] = printed;
    t.fill(beyondPlane, 0xd800, 0xe000);
    return t;
  };
  // Runs of printable ASCII are passed over by the regular expression engine: two to three times faster than
  // this loop over English answers, which are mostly ASCII; Chinese, with digits and blanks between words,
  // costs more (4.6 µs for 900 characters instead of 2.1), still nothing beside the rest of a check.
  const notAscii = /[^\x20-\x7e]/g;
  return (text) => {
    let marks = 0;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0x20 && c < 0x7f) {
        notAscii.lastIndex = i;
        if (!notAscii.test(text)) return true;
        i = notAscii.lastIndex - 1;
        c = text.charCodeAt(i);
        marks = 0;
      }
      table ??= build();
      const found = table[c];
      if (found === printed) marks = 0;
      else if (found === accent) {
        if (++marks > maxMarks) return false;
      } else if (found === beyondPlane) return !needsCheck.test(text);
      else return false;
    }
    return true;
  };
}
