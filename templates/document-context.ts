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

/** Width of the text inside one of the two language columns. */
export function columnWidth(pageSize: PageSize): number {
  const content = pageWidths[pageSize] - margins[0] - margins[2];
  return (content - 4 * cellPadding - 3 * tableLine) / 2;
}
