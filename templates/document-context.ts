import type { LanguageCode } from '../src/core/catalogue/catalogue-types';
import type { Translate } from '../src/core/completeness/report-messages';
import type { MeasureText } from './blocks/rtl-lines';

export type PageSize = 'A4' | 'LETTER';
export const rtlLanguages: readonly LanguageCode[] = ['ar'];

/** Everything a template needs besides the request: the two languages, a translator for each, paper, metrics. */
export interface DocContext {
  langs: [LanguageCode, LanguageCode];
  t: [Translate, Translate];
  pageSize: PageSize;
  measure: MeasureText;
}

const pageWidths: Record<PageSize, number> = { A4: 595.28, LETTER: 612 };
export const margins: [number, number, number, number] = [48, 64, 48, 56];
export const cellPadding = 5;
export const tableLine = 0.5;

/** Width between the page's side margins (the running header spans it). */
export function contentWidth(pageSize: PageSize): number {
  return pageWidths[pageSize] - margins[0] - margins[2];
}

/** Width of the text inside one of the two language columns. */
export function columnWidth(pageSize: PageSize): number {
  return (contentWidth(pageSize) - 4 * cellPadding - 3 * tableLine) / 2;
}
