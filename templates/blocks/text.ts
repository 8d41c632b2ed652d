import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Translate } from '../../src/core/completeness/report-messages';
import { columnWidth, rtlLanguages, type DocContext } from '../document-context';
import { rtlLines } from './rtl-lines';
import { breakLongTokens, fontForScript, splitByScript } from './scripts';

export interface TextStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
}
export const baseSize = 9.5;

/** Text in one language column: runs by script with fonts that have them; Arabic laid out right to left. */
export function say(ctx: DocContext, col: 0 | 1, text: string, style: TextStyle = {}, width = columnWidth(ctx.pageSize) - 1): Content {
  const lang = ctx.langs[col];
  const size = style.size ?? baseSize;
  const safe = breakLongTokens(text);
  const ltr = (t: string): Content => ({
    text: splitByScript(t, lang === 'zh' ? 'cjk' : 'other').map((r) => ({ text: r.text, font: fontForScript[r.script] })),
    fontSize: size, bold: style.bold, italics: style.italics, color: style.color,
  });
  if (rtlLanguages.includes(lang)) return { stack: rtlLines(safe, width, { ...style, size }, ctx.measure, ltr) };
  return ltr(safe);
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
