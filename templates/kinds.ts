import type { TableCell } from 'pdfmake/interfaces';
import type { RequestData } from '../src/core/request/request-schema';
import { clauseRows, detailRows, urgencyRows } from './blocks/closing';
import { sectionHeading } from './blocks/front-matter';
import { pairRow } from './blocks/text';
import type { DocContext } from './document-context';
import { isConfidential, type KindTemplate } from './request-document';

const particularsHeading = (ctx: DocContext) => sectionHeading(ctx, (t) => t('doc:particulars'));

/** Preservation (Art. 42): the period asked for (42(8)), urgency, non-disclosure (42(3)(g)). */
export const preservationTemplate: KindTemplate = {
  particulars: (ctx, request) => {
    const days = (request.answers as Record<string, unknown>).preservationDays;
    const rows: TableCell[][] = [particularsHeading(ctx)];
    rows.push(...(typeof days === 'number' ? [pairRow(ctx, (t) => t('doc:preservationPeriod', { days }))] : detailRows(ctx, request, ['preservationDays'])));
    rows.push(...urgencyRows(ctx, request));
    if (isConfidential(request)) rows.push(...clauseRows(ctx, ['nonDisclosureClause']));
    return rows;
  },
};

/** Mutual legal assistance (Art. 40) and real-time traffic data (Art. 45, also an MLA request). */
function mlaParticulars(ctx: DocContext, request: RequestData): TableCell[][] {
  return [
    particularsHeading(ctx),
    ...detailRows(ctx, request, ['offences']),
    ...urgencyRows(ctx, request),
    ...clauseRows(ctx, [...(isConfidential(request) ? ['confidentialityClause' as const] : []), 'useLimitationClause']),
  ];
}
export const mlaTemplate: KindTemplate = { particulars: mlaParticulars };
export const trafficDataTemplate: KindTemplate = { particulars: mlaParticulars };
