import bidiFactory from 'bidi-js';
import type { Content } from 'pdfmake/interfaces';
import { graphemesOf } from '../../src/core/printable/graphemes';
import { splitByScript, type FontFamily } from './scripts';

/** Width of a string in points, in a font family, bold or not, at a size. Given by the renderer (fontkit). */
export type MeasureText = (text: string, font: string, bold: boolean, size: number) => number;

const bidi = bidiFactory();

/**
 * Neutral runs (digits, brackets) print in the Arabic font only inside Arabic words: alone, as in a citation
 * like 42(8), Amiri lays brackets and digits out right to left and 42(8) would print as (8)42.
 */
const startFamily = (token: string): FontFamily => (/\p{Script=Arabic}/u.test(token) ? 'Amiri' : 'NotoSans');
function inlines(token: string, bold: boolean) {
  return splitByScript(token, startFamily(token)).map((r) => ({ text: r.text, font: r.font, bold }));
}
function tokenWidth(token: string, bold: boolean, size: number, measure: MeasureText): number {
  return splitByScript(token, startFamily(token)).reduce((w, r) => w + measure(r.text, r.font, bold, size), 0);
}

/**
 * Cuts a token wider than the line into pieces that fit, so nothing runs out of its cell. Each piece is the
 * longest run of letters that fits, found by doubling then halving (about 2·log2 n measures a piece, not n:
 * a 20,000-letter Arabic token measured letter by letter took seconds).
 */
export function splitWide(token: string, width: number, bold: boolean, size: number, measure: MeasureText): string[] {
  const units = graphemesOf(token);
  const pieces: string[] = [];
  let start = 0;
  const fits = (end: number) => tokenWidth(units.slice(start, end).join(''), bold, size, measure) <= width;
  while (start < units.length) {
    let good = start + 1; // one letter always goes, even one wider than the line
    let probe = start + 2;
    while (probe <= units.length && fits(probe)) {
      good = probe;
      probe = start + (probe - start) * 2;
    }
    let bad = Math.min(probe, units.length + 1);
    while (bad - good > 1) {
      const mid = (good + bad) >> 1;
      if (fits(mid)) good = mid;
      else bad = mid;
    }
    pieces.push(units.slice(start, good).join(''));
    start = good;
  }
  return pieces;
}

/**
 * Citations like 42(3)(c), Arabic words, other words (with the dots, dashes and @ inside addresses, dates and
 * numbers), runs of digits, runs of punctuation, spaces: each a unit the bidi algorithm orders.
 */
const tokenPattern = new RegExp([
  '\\p{N}+(?:\\([\\p{L}\\p{N}]+\\))+', // a citation: 42(3)(c)
  '\\s+',
  '(?:(?!\\p{N})[\\p{Script=Arabic}\\p{M}])+', // Arabic letters: digits never join them (the Arabic font would reverse them)
  '(?:(?!\\p{Script=Arabic})[\\p{L}\\p{M}\\p{N}])+(?:[.\\-:/@_\'’](?:(?!\\p{Script=Arabic})[\\p{L}\\p{M}\\p{N}])+)*', // words, addresses, dates
  '\\p{N}+',
  '[^\\s\\p{L}\\p{M}\\p{N}]+',
].join('|'), 'gu');
const punctuationOnly = /^[^\p{L}\p{M}\p{N}\s]+$/u;

/**
 * Visual order of one logical line: the bidi algorithm's levels (rule L2) applied to whole tokens, and
 * mirrored brackets in punctuation at right-to-left levels. Letters inside a word stay in logical order
 * (fontkit shapes them), and a citation such as 42(3)(c) stays one left-to-right unit.
 */
function visualTokens(line: string): string[] {
  const { levels } = bidi.getEmbeddingLevels(line, 'rtl');
  // bidi-js wants the levels array here; given the result object it silently returns an empty map.
  const mirrors: Map<number, string> = bidi.getMirroredCharactersMap(line, levels as never);
  const tokens: string[] = [];
  const tokenLevels: number[] = [];
  for (const m of line.matchAll(tokenPattern)) {
    let token = m[0];
    if (punctuationOnly.test(token)) token = [...token].map((ch, i) => mirrors.get(m.index + i) ?? ch).join('');
    tokens.push(token);
    let level = 255;
    for (let i = 0; i < token.length; i++) level = Math.min(level, levels[m.index + i] ?? 1);
    tokenLevels.push(level);
  }
  const order = tokens.map((_, i) => i);
  const max = tokenLevels.reduce((a, b) => Math.max(a, b), 1);
  for (let k = max; k >= 1; k--) {
    let i = 0;
    while (i < order.length) {
      if (tokenLevels[order[i]!]! < k) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && tokenLevels[order[j]!]! >= k) j++;
      // Reversed in place (rule L2): a run is as long as its line.
      for (let a = i, b = j - 1; a < b; a++, b--) [order[a], order[b]] = [order[b]!, order[a]!];
      i = j;
    }
  }
  return order.map((i) => tokens[i]!);
}

/** A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
export const rtlLetter = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** First strong character decides a paragraph's direction (bidi rule P2): English stays left to right. */
export function isRtlParagraph(text: string): boolean {
  const m = /[\p{L}]/u.exec(text);
  return m ? rtlLetter.test(m[0]) : true;
}

/**
 * Right-to-left paragraphs for pdfmake, which has no RTL support: lines are wrapped here in logical order,
 * measured with the real font, then each line's words are put in visual order and printed right-aligned.
 */
export function rtlLines(
  text: string, width: number, opts: { size: number; bold?: boolean; color?: string; italics?: boolean }, measure: MeasureText,
  ltrParagraph: (paragraph: string) => Content,
): Content[] {
  const bold = opts.bold ?? false;
  const out: Content[] = [];
  for (const paragraph of text.split('\n')) {
    if (!isRtlParagraph(paragraph)) {
      out.push(ltrParagraph(paragraph));
      continue;
    }
    const words = paragraph.split(/(\s+)/).filter((w) => w.length > 0);
    const lines: string[][] = [];
    let line: string[] = [];
    let lineWidth = 0;
    const push = () => {
      while (line.length && /^\s+$/.test(line[line.length - 1]!)) line.pop();
      lines.push(line);
      line = [];
      lineWidth = 0;
    };
    for (const word of words) {
      if (/^\s+$/.test(word)) {
        if (line.length) {
          line.push(' ');
          lineWidth += tokenWidth(' ', bold, opts.size, measure);
        }
        continue;
      }
      const w = tokenWidth(word, bold, opts.size, measure);
      if (w > width) {
        if (line.length) push();
        const pieces = splitWide(word, width, bold, opts.size, measure);
        pieces.slice(0, -1).forEach((p) => lines.push([p]));
        line = [pieces[pieces.length - 1]!];
        lineWidth = tokenWidth(line[0]!, bold, opts.size, measure);
        continue;
      }
      if (lineWidth + w > width && line.length) push();
      line.push(word);
      lineWidth += w;
    }
    push();
    for (const l of lines) {
      const visual = l.length ? visualTokens(l.join('')) : [' '];
      out.push({
        text: visual.flatMap((tok) => inlines(tok, bold)),
        alignment: 'right', noWrap: true, fontSize: opts.size, color: opts.color, italics: opts.italics,
      });
    }
  }
  return out;
}
