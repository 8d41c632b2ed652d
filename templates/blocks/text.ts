import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Translate } from '../../src/core/completeness/report-messages';
import { printableText } from '../../src/core/printable/printable-text';
import { columnWidth, rtlLanguages, type DocContext } from '../document-context';
import { isRtlParagraph, rtlLines } from './rtl-lines';
import { breakLongTokens, splitByScript } from './scripts';

export interface TextStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
}

export const baseSize = 9.5;

/**
 * Every text goes through here before it is printed: characters no font has (and invisible controls) as
 * their code, piled-up accents spread out, long tokens given places to break. Nothing is dropped.
 */
export const printable = (text: string) => breakLongTokens(printableText(text));

function ltrText(text: string, style: TextStyle, start: 'NotoSans' | 'NotoSansSC'): Content {
  const runs = splitByScript(text, start);
  const look = { fontSize: style.size ?? baseSize, bold: style.bold, italics: style.italics, color: style.color };
  // One run (most texts) is one plain node: pdfmake lays out fewer objects.
  if (runs.length === 1) return { text: runs[0]!.text, font: runs[0]!.font, ...look };
  return { text: runs.map((r) => ({ text: r.text, font: r.font })), ...look };
}

/** Text in one language column: runs by script with fonts that have them; Arabic laid out right to left. */
export function say(ctx: DocContext, col: 0 | 1, text: string, style: TextStyle = {}, width = columnWidth(ctx.pageSize) - 1): Content {
  const lang = ctx.langs[col];
  const safe = printable(text);
  const ltr = (t: string) => ltrText(t, style, lang === 'zh' ? 'NotoSansSC' : 'NotoSans');
  if (rtlLanguages.includes(lang)) return { stack: rtlLines(safe, width, { ...style, size: style.size ?? baseSize }, ctx.measure, ltr) };
  return ltr(safe);
}

/**
 * Text that belongs to no language column (a reference number, a name): laid out by its own content, right
 * to left only where it starts with a right-to-left letter (bidi rule P2), across the width given.
 */
export function sayAsWritten(ctx: DocContext, text: string, style: TextStyle, width: number, alignment: 'left' | 'right' = 'left'): Content {
  const safe = printable(text);
  const ltr = (t: string) => ({ ...(ltrText(t, style, 'NotoSans') as object), alignment }) as Content;
  if (!text.split('\n').some(isRtlParagraph) || !/\p{L}/u.test(text)) return ltr(safe);
  return { stack: rtlLines(safe, width, { ...style, size: style.size ?? baseSize }, ctx.measure, ltr) };
}

/** The same message in both languages, side by side. */
export function pairRow(ctx: DocContext, message: (t: Translate, col: 0 | 1) => string, style: TextStyle = {}, fill?: string): TableCell[] {
  return ([0, 1] as const).map((col) => ({ ...(say(ctx, col, message(ctx.t[col], col), style) as object), fillColor: fill }) as TableCell);
}

/** One cell across both columns (a citation heading, say). */
export function spanRow(content: Content, fill?: string): TableCell[] {
  return [{ ...(content as object), colSpan: 2, fillColor: fill } as TableCell, {}];
}

/** A row holding, in each column, whatever the callback makes for that column. */
export function columnsRow(make: (col: 0 | 1) => Content, fill?: string): TableCell[] {
  return ([0, 1] as const).map((col) => ({ stack: [make(col)], fillColor: fill }) as TableCell);
}

export const colors = { missing: '#a3261b', missingFill: '#fde8e6', heading: '#1f3f6b', headingFill: '#e8eef7', muted: '#5a6472', note: '#8a5a00' };
