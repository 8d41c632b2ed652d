import type { Content, TableCell } from 'pdfmake/interfaces';
import { getKind } from '../../src/core/catalogue/catalogue';
import type { CompletenessReport } from '../../src/core/completeness/report-types';
import type { RequestData } from '../../src/core/request/request-schema';
import type { DocContext } from '../document-context';
import { answerIn, fieldLabel, missingMark } from './answers';
import { colors, columnsRow, pairRow, say } from './text';

/** Title: the kind of request and its legal basis, in both languages. */
export function titleRows(ctx: DocContext, request: RequestData): TableCell[][] {
  const ns = `catalogue:instruments.${request.instrument}`;
  const article = getKind(request.instrument, request.kind).article;
  return [
    pairRow(ctx, (t) => t(`${ns}.kinds.${request.kind}`), { bold: true, size: 14, color: colors.heading }),
    pairRow(ctx, (t) => t('doc:legalBasisLine', { instrument: t(`${ns}.shortTitle`), article }), { size: 9, color: colors.muted }),
  ];
}

/**
 * A banner in both languages when elements are missing or wrong: an incomplete request is never passed off
 * as whole.
 */
export function incompleteRows(ctx: DocContext, report: CompletenessReport): TableCell[][] {
  const count = report.elements.filter((e) => e.state === 'missing').length;
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  const rows: TableCell[][] = [];
  if (count > 0) rows.push(pairRow(ctx, (t) => t('doc:incomplete', { count }), { bold: true, color: colors.missing }, colors.missingFill));
  if (errors > 0) rows.push(pairRow(ctx, (t) => t('doc:errors', { count: errors }), { bold: true, color: colors.missing }, colors.missingFill));
  return rows;
}

/** Label and answer rows for plain fields (the parties, the contact officer…). Empty ones say MISSING. */
export function fieldRows(ctx: DocContext, request: RequestData, keys: string[]): TableCell[][] {
  return keys.flatMap((key) => [
    pairRow(ctx, (_t, col) => fieldLabel(ctx, request, col, key), { bold: true, size: 8.5 }),
    columnsRow((col) => answerIn(ctx, request, key, col) ?? missingMark(ctx, col)),
  ]);
}

/** From / To block: who asks whom. */
export function partiesRows(ctx: DocContext, request: RequestData): TableCell[][] {
  return [
    pairRow(ctx, (t) => t('doc:from'), { bold: true, color: colors.heading }, colors.headingFill),
    ...fieldRows(ctx, request, ['requestingState', 'requestingAuthority']),
    pairRow(ctx, (t) => t('doc:to'), { bold: true, color: colors.heading }, colors.headingFill),
    ...fieldRows(ctx, request, ['requestedState', 'centralAuthority']),
    ...fieldRows(ctx, request, ['reference', 'requestDate', 'legalBasis']),
  ];
}

export const sectionHeading = (ctx: DocContext, message: Parameters<typeof pairRow>[1]): TableCell[] =>
  pairRow(ctx, message, { bold: true, color: colors.heading, size: 10.5 }, colors.headingFill);

export const paragraph = (ctx: DocContext, col: 0 | 1, text: string): Content => say(ctx, col, text);

export const particularsHeading = (ctx: DocContext): TableCell[] => sectionHeading(ctx, (t) => t('doc:particulars'));
