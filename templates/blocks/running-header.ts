import type { Content } from 'pdfmake/interfaces';
import type { Translate } from '../../src/core/completeness/report-messages';
import { cellPadding, columnWidth, contentWidth, margins, type DocContext } from '../document-context';
import { splitByScript } from './scripts';
import { colors, printable, say, sayAsWritten } from './text';

const referenceSize = 8;
const markingSize = 10;
const lineHeight = 1.2;
// Between the two languages' halves of the header and of the footer.
const gap = 16;
const headerTop = 18;

/** How many lines a text takes at a width: greedy wrapping at spaces and between CJK characters, measured. */
function wrappedLines(ctx: DocContext, text: string, width: number, size: number): number {
  let lines = 0;
  for (const paragraph of printable(text).split('\n')) {
    const units = paragraph.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u200B\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+[\s\u200B]*|[\s\u200B]+/gu) ?? [];
    let line = 0;
    lines++;
    for (const unit of units) {
      const w = splitByScript(unit).reduce((sum, r) => sum + ctx.measure(r.text, r.font, false, size), 0);
      if (line > 0 && line + w > width) {
        lines++;
        line = 0;
      }
      line += w;
      // A unit wider than the line wraps inside itself.
      while (line > width) {
        lines++;
        line -= width;
      }
    }
  }
  return lines;
}

/**
 * The header of every page: the confidentiality marking first, in both languages, then the reference in
 * full, in the fonts of its script and through the same breaking as the body. The page's top margin grows
 * with the reference, so neither is ever pushed out of the header and dropped.
 */
export function runningHeader(ctx: DocContext, reference: string, confidential: boolean): { header: () => Content; top: number } {
  const width = contentWidth(ctx.pageSize);
  const half = (width - gap) / 2;
  const markingHeight = confidential ? markingSize * lineHeight * 2 : 0;
  const referenceHeight = reference ? wrappedLines(ctx, reference, width, referenceSize) * referenceSize * lineHeight : 0;
  const top = Math.max(margins[1], Math.ceil(headerTop + markingHeight + referenceHeight + 12));
  const marking: Content = {
    columnGap: gap,
    columns: ([0, 1] as const).map((col) => ({ width: half, stack: [say(ctx, col, ctx.t[col]('doc:confidential'), { bold: true, color: colors.missing, size: markingSize }, half)] })),
  };
  // The same node for every page: the header is the same on each, and pdfmake (patched, patches/README.md) lays
  // out a node it is given again only once.
  const header: Content = {
    margin: [margins[0], headerTop, margins[2], 0],
    stack: [
      ...(confidential ? [marking] : []),
      ...(reference ? [sayAsWritten(ctx, reference, { size: referenceSize, color: colors.muted }, width, 'right')] : []),
    ],
  };
  return { top, header: () => header };
}

/**
 * The footer of every page: "Page n of m" in each language, under its column. Its text changes from page to
 * page, so pdfmake lays it out for each one: one node a column, nothing around it.
 */
export function runningFooter(ctx: DocContext): (page: number, pages: number) => Content {
  const half = columnWidth(ctx.pageSize) + cellPadding - gap / 2;
  const numbering = ctx.t.map(pageNumbering);
  return (page, pages) => ({
    margin: [margins[0], 16, margins[2], 0],
    columnGap: gap,
    columns: ([0, 1] as const).map((col) => ({ ...(say(ctx, col, numbering[col]!(page, pages), { size: 8, color: colors.muted }, half) as object), width: half }) as Content),
  });
}

/**
 * "Page n of m" in one language: translated once with stand-ins for the numbers, which each page then puts in,
 * as i18next's interpolation would (its lookup and interpolation, for every page, cost more than the footer's
 * layout: some 100 ms in a document of 1,300 pages).
 */
export function pageNumbering(t: Translate): (page: number, pages: number) => string {
  const pattern = t('doc:page', { page: '\u0001', pages: '\u0002' });
  return (page, pages) => pattern.replaceAll('\u0001', String(page)).replaceAll('\u0002', String(pages));
}
