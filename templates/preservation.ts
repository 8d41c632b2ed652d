import type { TableCell } from 'pdfmake/interfaces';
import { clauseRows, detailRows, urgencyRows } from './blocks/closing';
import { particularsHeading } from './blocks/front-matter';
import { pairRow } from './blocks/text';
import { isConfidential, type KindTemplate } from './request-document';

/** Preservation (Art. 42): after 42(3), the period asked for (42(8)), urgency, and non-disclosure (42(3)(g)). */
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
