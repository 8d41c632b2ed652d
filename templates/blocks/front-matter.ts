import type { TableCell } from 'pdfmake/interfaces';
import type { AnswerEntry, DocumentModel } from '../../src/core/document/document-model';
import type { RequestData } from '../../src/core/request/request-schema';
import type { DocContext } from '../document-context';
import { answerIn, missingMark } from './answers';
import { colors, columnsRow, pairRow } from './text';

/** Title: the kind of request and its legal basis, in both languages. */
export function titleRows(ctx: DocContext, model: DocumentModel): TableCell[][] {
  return [
    pairRow(ctx, (t) => t(model.titleKey), { bold: true, size: 14, color: colors.heading }),
    pairRow(ctx, (t) => t('doc:legalBasisLine', { instrument: t(model.shortTitleKey), article: model.article }), { size: 9, color: colors.muted }),
  ];
}

/**
 * A banner in both languages when elements are missing or wrong: an incomplete request is never passed off
 * as whole.
 */
export function incompleteRows(ctx: DocContext, model: DocumentModel): TableCell[][] {
  const rows: TableCell[][] = [];
  if (model.missingCount > 0) rows.push(pairRow(ctx, (t) => t('doc:incomplete', { count: model.missingCount }), { bold: true, color: colors.missing }, colors.missingFill));
  if (model.errorCount > 0) rows.push(pairRow(ctx, (t) => t('doc:errors', { count: model.errorCount }), { bold: true, color: colors.missing }, colors.missingFill));
  return rows;
}

/** Label and answer rows for answers printed outside the lists. One not given says MISSING. */
export function fieldRows(ctx: DocContext, request: RequestData, entries: AnswerEntry[]): TableCell[][] {
  return entries.flatMap((e) => [
    pairRow(ctx, (t) => t(e.labelKey), { bold: true, size: 8.5 }),
    columnsRow((col) => answerIn(ctx, request, e.field, col) ?? missingMark(ctx, col)),
  ]);
}

/** From / To block: who asks whom, then the request's reference, date and legal basis. */
export function partiesRows(ctx: DocContext, request: RequestData, model: DocumentModel): TableCell[][] {
  return [
    pairRow(ctx, (t) => t('doc:from'), { bold: true, color: colors.heading }, colors.headingFill),
    ...fieldRows(ctx, request, model.places.from),
    pairRow(ctx, (t) => t('doc:to'), { bold: true, color: colors.heading }, colors.headingFill),
    ...fieldRows(ctx, request, model.places.to),
    ...fieldRows(ctx, request, model.places.reference),
  ];
}

export const sectionHeading = (ctx: DocContext, message: Parameters<typeof pairRow>[1]): TableCell[] =>
  pairRow(ctx, message, { bold: true, color: colors.heading, size: 10.5 }, colors.headingFill);
