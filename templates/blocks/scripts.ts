import { covers, type FontFamily } from '../../src/core/printable/font-coverage';
import { graphemesOf } from '../../src/core/printable/graphemes';
import { familyFor } from '../../src/core/printable/printable-text';

/**
 * pdfkit has no glyph fallback: text in a script the font lacks prints as boxes. Text is therefore cut into
 * runs, each in a family that has every one of its characters (the fonts' own character sets decide).
 */
export type { FontFamily };

// Spaces and common punctuation: they take the side of the text around them.
const neutral = /[\s.,;:!?'"()[\]{}\-–—/\\*&%#@+=<>|_~`^$]/;
const digit = /\d/;
const mark = /\p{M}/u;

/**
 * Runs of one font family. In left-to-right text, an Arabic run holds Arabic letters and what stands between
 * them (spaces, punctuation), never digits or the punctuation around it: the Arabic font lays its runs out
 * right to left, so "42" or "[U+0980]" inside one would print reversed. Digits and neutrals elsewhere stay
 * with the run they are in, accents with their letter.
 */
export function splitByScript(text: string, start: FontFamily = 'NotoSans'): { text: string; font: FontFamily }[] {
  // Most answers are Latin text: one run, as the walk below would make it, without a test per character.
  if (start !== 'Amiri' && latinOnly.test(text)) return text ? [{ text, font: notNeutral.test(text) ? 'NotoSans' : start }] : [];
  return splitEachCharacter(text, start);
}

/**
 * Text every character of which the walk would put in one Noto Sans run (or leave pending): Latin letters,
 * digits, punctuation and dashes that Noto Sans has. Derived from the walk's own tests, not listed by hand.
 */
const latinOnly = (() => {
  let chars = '';
  for (const [from, to] of [[0x20, 0x24f], [0x2010, 0x205e]] as const) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      if (!mark.test(ch) && (neutral.test(ch) || digit.test(ch) || familyFor(ch) === 'NotoSans')) chars += `\\u{${cp.toString(16)}}`;
    }
  }
  return new RegExp(`^[\\n\\t${chars}]*$`, 'u');
})();
const notNeutral = new RegExp(`[^${neutral.source.slice(1, -1)}\\d]`);

/** The general walk, a character at a time. Exported for the test that holds the fast path to it. */
export function splitEachCharacter(text: string, start: FontFamily = 'NotoSans'): { text: string; font: FontFamily }[] {
  const rtl = start === 'Amiri';
  const runs: { text: string; font: FontFamily }[] = [];
  let current: FontFamily | null = null;
  let buf = '';
  let pending = '';
  const push = (t: string, font: FontFamily) => {
    if (t) runs.push({ text: t, font });
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (neutral.test(ch) || (digit.test(ch) && (rtl || current !== 'Amiri') && covers(current ?? start, cp))) {
      pending += ch;
      continue;
    }
    if (mark.test(ch) && current !== null && !pending && covers(current, cp)) {
      buf += ch;
      continue;
    }
    const family: FontFamily = digit.test(ch) ? 'NotoSans' : (familyFor(ch) ?? 'NotoSans');
    if (current === null) {
      buf = pending + ch;
      pending = '';
      current = family;
    } else if (family === current) {
      buf += pending + ch;
      pending = '';
    } else if (current === 'Amiri' && !rtl) {
      // Neutrals after an Arabic run belong to the left-to-right text that follows.
      push(buf, current);
      buf = pending + ch;
      pending = '';
      current = family;
    } else {
      push(buf + pending, current);
      buf = ch;
      pending = '';
      current = family;
    }
  }
  if (current === 'Amiri' && !rtl) {
    push(buf, current);
    push(pending, 'NotoSans');
  } else {
    push(buf + pending, current ?? start);
  }
  return runs.flatMap(digitsOneByOne);
}

const arabicFontDigits = /(\p{Nd}+)/u;
/**
 * The Arabic font lays out every run of its own right to left, Arabic-Indic digits too (٢٠٢٦ would print
 * ٦٢٠٢): digits in it go one character per run, so that they stand in reading order.
 */
function digitsOneByOne(run: { text: string; font: FontFamily }): { text: string; font: FontFamily }[] {
  if (run.font !== 'Amiri' || !/\p{Nd}/u.test(run.text)) return [run];
  return run.text.split(arabicFontDigits).filter(Boolean).flatMap((part) =>
    /^\p{Nd}+$/u.test(part) ? [...part].map((d) => ({ text: d, font: run.font })) : [{ text: part, font: run.font }]);
}

const longToken = /[^\s\u2E80-\u9FFF]{29,}/gu;
// A character printed as its code ([U+D55C]) is one unit: never broken inside.
const printedCode = /(\[U\u2060\+\u2060[0-9A-F]{4,6}\])/u;

/** The units of a token a line may break between: letters (with their accents), and printed codes whole. */
function units(token: string): string[] {
  return token.split(printedCode).flatMap((part, i) => (i % 2 === 1 ? [part] : graphemesOf(part)));
}

/**
 * Zero-width spaces inside very long unbroken tokens (URLs, hashes) so they wrap inside their cell: every
 * `max` units, never inside a letter (a surrogate pair, a letter and its accents) or a printed code.
 */
export function breakLongTokens(text: string, max = 28): string {
  return text.replace(longToken, (token) => {
    let out = '';
    let n = 0;
    for (const unit of units(token)) {
      if (n === max) {
        out += '\u200B';
        n = 0;
      }
      out += unit;
      n++;
    }
    return out;
  });
}
