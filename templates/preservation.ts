import type { TableCell } from 'pdfmake/interfaces';
import { kindRules } from '../src/core/catalogue/catalogue';
import { clauseRows, detailRows, urgencyRows } from './blocks/closing';
import { particularsHeading } from './blocks/front-matter';
import { pairRow } from './blocks/text';
import { isConfidential, type KindTemplate } from './request-document';

/**
 * Preservation (Art. 42): after 42(3), the period asked for, urgency, and non-disclosure (42(3)(g)). The
 * period cites the catalogue's minimum (42(8)) only when it meets it: the document never quotes a rule
 * against itself (a shorter period is a warning in the report).
 */
export const preservationTemplate: KindTemplate = {
  particulars: (ctx, request) => {
    const days = (request.answers as Record<string, unknown>).preservationDays;
    const rule = kindRules(request.instrument, request.kind, 'minimumDays').find((r) => r.answer === 'preservationDays');
    const rows: TableCell[][] = [particularsHeading(ctx)];
    if (typeof days === 'number') {
      rows.push(rule && days >= rule.min
        ? pairRow(ctx, (t) => t('doc:preservationPeriod', { days, min: rule.min, citation: rule.citation }))
        : pairRow(ctx, (t) => t('doc:preservationPeriodPlain', { days })));
    } else {
      rows.push(...detailRows(ctx, request, ['preservationDays']));
    }
    rows.push(...urgencyRows(ctx, request));
    if (isConfidential(request)) rows.push(...clauseRows(ctx, ['nonDisclosureClause']));
    return rows;
  },
};
