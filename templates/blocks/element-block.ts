import type { TableCell } from 'pdfmake/interfaces';
import { getInstrument } from '../../src/core/catalogue/catalogue';
import type { CatalogueList } from '../../src/core/catalogue/catalogue-schema';
import type { CompletenessReport } from '../../src/core/completeness/report-types';
import type { RequestData } from '../../src/core/request/request-schema';
import type { DocContext } from '../document-context';
import { answerIn, fieldLabel, missingMark } from './answers';
import { colors, columnsRow, pairRow, say, spanRow } from './text';

const isAuthentic = (ctx: DocContext, instrument: string, col: 0 | 1) =>
  (getInstrument(instrument).authenticLanguages as string[]).includes(ctx.langs[col]);

/**
 * One required-content list as table rows: for each element its citation, the Convention's words in both
 * languages (marked * where the wording is an unofficial rendering), then each answer or MISSING.
 * An answer already printed under an earlier element is referred to, not repeated.
 */
export function listRows(
  ctx: DocContext, request: RequestData, report: CompletenessReport, list: CatalogueList, printed: Map<string, string>,
): TableCell[][] {
  const ns = `catalogue:instruments.${request.instrument}`;
  const missing = new Set(report.missingAnswers.map((m) => m.field));
  const rows: TableCell[][] = [
    pairRow(ctx, (t) => `${list.id}  ${t(`${ns}.lists.${list.id}`)}`, { bold: true, color: colors.heading, size: 10.5 }, colors.headingFill),
  ];
  for (const el of list.elements) {
    const status = report.elements.find((e) => e.citation === el.citation);
    const state = status?.state ?? 'missing';
    const wrong = state === 'missing' || state === 'invalid';
    rows.push(spanRow({ text: el.citation, bold: true, fontSize: 10, color: wrong ? colors.missing : colors.heading, font: 'NotoSans' }, '#f4f6f9'));
    rows.push(pairRow(ctx, (t, col) => `${t(`${ns}.elements.${el.citation}`)}${isAuthentic(ctx, request.instrument, col) ? '' : ' *'}`,
      { italics: true, color: colors.muted, size: 8.5 }));
    if (state === 'not-required') rows.push(pairRow(ctx, (t) => t('doc:notRequired'), { italics: true }));
    for (const key of [...el.answers, ...(el.optionalAnswers ?? [])]) {
      // Not required, but written: what the user gave still prints, with nothing marked missing.
      const optional = state === 'not-required' || !el.answers.includes(key);
      const earlier = printed.get(key);
      if (state === 'not-required' && (earlier || ([0, 1] as const).every((col) => answerIn(ctx, request, key, col) === null))) continue;
      rows.push(pairRow(ctx, (_t, col) => fieldLabel(ctx, request, col, key), { bold: true, size: 8.5 }));
      if (earlier) {
        rows.push(pairRow(ctx, (t) => t('doc:seeAbove', { citation: earlier })));
        continue;
      }
      const isMissing = missing.has(key);
      const cells = ([0, 1] as const).map((col) => answerIn(ctx, request, key, col));
      if (isMissing || (!optional && cells.some((c) => c === null))) {
        // Missing, but what was given of it (a country without a custodian, a start without an end) still prints.
        rows.push(columnsRow((col) => (cells[col] ? { stack: [missingMark(ctx, col), cells[col]!] } : missingMark(ctx, col)), colors.missingFill));
      } else {
        rows.push(columnsRow((col) => cells[col] ?? say(ctx, col, '—', { color: colors.muted })));
      }
      if (!isMissing) printed.set(key, el.citation);
    }
    // Given, but breaking a rule: said under the answer, never printed as if it were fine.
    if (state === 'invalid') rows.push(pairRow(ctx, (t) => t('doc:invalidMark'), { bold: true, color: colors.missing }, colors.missingFill));
  }
  return rows;
}
