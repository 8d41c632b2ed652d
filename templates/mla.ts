import type { TableCell } from 'pdfmake/interfaces';
import type { RequestData } from '../src/core/request/request-schema';
import { clauseRows, detailRows, urgencyRows } from './blocks/closing';
import { particularsHeading } from './blocks/front-matter';
import type { DocContext } from './document-context';
import { isConfidential, type KindTemplate } from './request-document';

/** After 40(15): the offences, urgency (40(26)), confidentiality when asked (40(20)) and use limitation (40(19)). */
export function mlaParticulars(ctx: DocContext, request: RequestData): TableCell[][] {
  return [
    particularsHeading(ctx),
    ...detailRows(ctx, request, ['offences']),
    ...urgencyRows(ctx, request),
    ...clauseRows(ctx, [...(isConfidential(request) ? ['confidentialityClause' as const] : []), 'useLimitationClause']),
  ];
}

/** Mutual legal assistance (Art. 40). */
export const mlaTemplate: KindTemplate = { particulars: mlaParticulars };
