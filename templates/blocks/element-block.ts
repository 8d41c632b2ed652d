import type { TableCell } from 'pdfmake/interfaces';
import type { ListEntry } from '../../src/core/document/document-model';
import type { RequestData } from '../../src/core/request/request-schema';
import type { DocContext } from '../document-context';
import { citeWith } from '../../src/core/catalogue/cite';
import { answerIn, missingMark } from './answers';
import { colors, columnsRow, pairRow, say } from './text';


/**
 * One required-content list as table rows: for each element its citation, the instrument's words in both
 * languages (marked * where they are a rendering), then each answer, or MISSING with what was given of it.
 * A list of this tool's own (the instrument gives none) says so under its heading, and its words carry no *.
 */
export function listRows(ctx: DocContext, request: RequestData, list: ListEntry, verbatim: readonly string[]): TableCell[][] {
  const rows: TableCell[][] = [
    pairRow(ctx, (t) => `${citeWith(t, list.id)}  ${t(list.headingKey)}`, { bold: true, color: colors.heading, size: 10.5 }, colors.headingFill),
  ];
  if (list.practice) rows.push(pairRow(ctx, (t) => t('doc:practiceList'), { italics: true, color: colors.muted, size: 8.5 }));
  for (const el of list.elements) {
    const wrong = el.state === 'missing' || el.state === 'invalid';
    // Each column cites in its language's style (article 42, paragraphe 3, alinéa c)).
    rows.push(pairRow(ctx, (t) => citeWith(t, el.citation), { bold: true, size: 10, color: wrong ? colors.missing : colors.heading }, '#f4f6f9'));
    rows.push(pairRow(ctx, (t, col) => `${t(el.textKey)}${list.practice || verbatim.includes(ctx.langs[col]) ? '' : ' *'}`,
      { italics: true, color: colors.muted, size: 8.5 }));
    if (el.notRequiredKey) rows.push(pairRow(ctx, (t) => t(el.notRequiredKey!), { italics: true }));
    for (const a of el.answers) {
      rows.push(pairRow(ctx, (t) => t(a.labelKey), { bold: true, size: 8.5 }));
      if (a.earlier) {
        rows.push(pairRow(ctx, (t) => t('doc:seeAbove', { citation: citeWith(t, a.earlier!) })));
        continue;
      }
      const cells = ([0, 1] as const).map((col) => answerIn(ctx, request, a.field, col));
      if (a.standing === 'missing' || (!a.optional && a.standing === 'empty')) {
        // Missing, but what was given of it (a country without a custodian, a start without an end) still prints.
        rows.push(columnsRow((col) => (cells[col] ? { stack: [missingMark(ctx, col), cells[col]!] } : missingMark(ctx, col)), colors.missingFill));
      } else {
        rows.push(columnsRow((col) => cells[col] ?? say(ctx, col, '—', { color: colors.muted })));
      }
    }
    // Given, but breaking a rule: said under the answer, never printed as if it were fine.
    if (el.state === 'invalid') rows.push(pairRow(ctx, (t) => t('doc:invalidMark'), { bold: true, color: colors.missing }, colors.missingFill));
  }
  return rows;
}
