import { covers, fontFamilies, printsAsWritten, type FontFamily } from './font-coverage';

/**
 * What the PDF can print. No font has a glyph fallback (pdfkit prints an empty box and leaves the character
 * out of the text layer), so every character goes to a family that has it, and one that none has is printed
 * as its code, [U+D55C], and reported before printing. Invisible controls that change how text is shown
 * (right-to-left overrides) are shown the same way, so that a reference cannot read one way on screen and
 * another on paper.
 */
export type PrintIssue =
  | { kind: 'unprintable'; cp: number; index: number }
  | { kind: 'control'; cp: number; index: number }
  | { kind: 'stackedMarks'; count: number; index: number };

/** More combining marks than this on one letter pile up over the neighbouring lines; the rest print spread out. */
export const maxStackedMarks = 3;

const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// C0 and C1 controls other than tab and line feed, and other invisible characters that carry no meaning in a request.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const otherControls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFF9-\uFFFB]/;
const mark = /\p{M}/u;
const arabicScript = /\p{Script=Arabic}/u;
const cjkScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u;

export const isControl = (ch: string) => bidiControls.test(ch) || otherControls.test(ch);
export const codeOf = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
export const markerOf = (cp: number) => `[${codeOf(cp)}]`;
/** The marker as the PDF prints it: word joiners around "+" so that a line never breaks inside it. */
const printedMarkerOf = (cp: number) => markerOf(cp).replace('+', '\u2060+\u2060');

/** The family that prints a character, preferring the one made for its script; null when none has it. */
export function familyFor(ch: string): FontFamily | null {
  const cp = ch.codePointAt(0)!;
  if (arabicScript.test(ch) && covers('Amiri', cp)) return 'Amiri';
  if (cjkScript.test(ch) && covers('NotoSansSC', cp)) return 'NotoSansSC';
  return fontFamilies.find((f) => covers(f, cp)) ?? null;
}

/** Text every character of which some font prints, with no control and no pile of accents: nothing to look at. */
const plainText = printsAsWritten(maxStackedMarks);

/**
 * Whether every text prints exactly as written: told before any path to a text is worked out, which most
 * requests never need. Each text, and any part of one (a trimmed answer), then has nothing to report.
 */
export const allPrintAsWritten = (texts: string[]): boolean => texts.every(plainText);

/** Every character of a text that would not print as written, in order. */
export function findPrintIssues(text: string): PrintIssue[] {
  if (plainText(text)) return [];
  const issues: PrintIssue[] = [];
  let marks = 0;
  let index = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (mark.test(ch)) {
      marks++;
      if (marks === maxStackedMarks + 1) issues.push({ kind: 'stackedMarks', count: 0, index });
    } else {
      marks = 0;
    }
    const last = issues[issues.length - 1];
    if (last?.kind === 'stackedMarks' && marks > maxStackedMarks) last.count = marks;
    if (ch === '\n' || ch === '\t') {
      // Line breaks and tabs are layout, not characters to print.
    } else if (isControl(ch)) issues.push({ kind: 'control', cp, index });
    else if (familyFor(ch) === null) issues.push({ kind: 'unprintable', cp, index });
    index += ch.length;
  }
  return issues;
}

/**
 * The text as the PDF prints it: characters no font has, and invisible controls, as their code; combining
 * marks beyond the third on one letter on dotted circles of their own, side by side instead of piled up.
 */
export function printableText(text: string): string {
  if (plainText(text)) return text;
  let out = '';
  let marks = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\n' || ch === '\t') {
      marks = 0;
      out += ch;
      continue;
    }
    if (isControl(ch) || familyFor(ch) === null) {
      marks = 0;
      out += printedMarkerOf(cp);
      continue;
    }
    if (mark.test(ch)) {
      marks++;
      out += marks > maxStackedMarks ? `\u25CC${ch}` : ch;
      continue;
    }
    marks = 0;
    out += ch;
  }
  return out;
}

/** The text as the screen should show it: invisible controls as their code, everything else as typed. */
export function withVisibleControls(text: string): string {
  let out = '';
  for (const ch of text) out += ch !== '\n' && ch !== '\t' && isControl(ch) ? markerOf(ch.codePointAt(0)!) : ch;
  return out;
}

const scripts = ['Hangul', 'Hebrew', 'Thai', 'Ethiopic', 'Georgian', 'Armenian', 'Bengali', 'Tamil', 'Telugu', 'Gujarati', 'Gurmukhi',
  'Kannada', 'Malayalam', 'Sinhala', 'Khmer', 'Lao', 'Myanmar', 'Tibetan', 'Mongolian', 'Syriac', 'Thaana', 'Han', 'Cherokee'] as const;
const scriptPatterns = scripts.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);
const emoji = /\p{Extended_Pictographic}/u;

/** A name for the writing system of a character the fonts lack, for messages ("Hangul", "emoji"). */
export function scriptName(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (emoji.test(ch)) return 'emoji';
  return scriptPatterns.find(([, re]) => re.test(ch))?.[0] ?? 'symbol';
}
