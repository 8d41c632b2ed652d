import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { listsForKind } from '../src/core/catalogue/catalogue';
import type { CompletenessReport } from '../src/core/completeness/report-types';
import type { RequestData } from '../src/core/request/request-schema';
import { listRows } from './blocks/element-block';
import { annexRows, contactRows, renderingFootnote, requestSignature } from './blocks/closing';
import { incompleteRows, partiesRows, titleRows } from './blocks/front-matter';
import { runningHeader } from './blocks/running-header';
import { colors, say } from './blocks/text';
import { cellPadding, columnWidth, margins, tableLine, type DocContext } from './document-context';

/** What differs between kinds: the rows after the required lists (period, urgency, clauses). */
export interface KindTemplate {
  particulars: (ctx: DocContext, request: RequestData) => TableCell[][];
}

export const isConfidential = (request: RequestData) => (request.answers as Record<string, unknown>).confidentiality === 'yes';

const tableLayout = {
  hLineWidth: () => tableLine, vLineWidth: () => tableLine,
  hLineColor: () => '#c9d1dc', vLineColor: () => '#c9d1dc',
  paddingLeft: () => cellPadding, paddingRight: () => cellPadding, paddingTop: () => 3, paddingBottom: () => 3,
};

/**
 * The document shared by every kind: both languages side by side, so that each element and its translation
 * are read together, as in bilingual treaty practice; a row never mixes two elements.
 */
export function requestDocument(request: RequestData, report: CompletenessReport, ctx: DocContext, kind: KindTemplate): TDocumentDefinitions {
  const w = columnWidth(ctx.pageSize);
  const printed = new Map<string, string>();
  const body: TableCell[][] = [
    ...titleRows(ctx, request),
    ...incompleteRows(ctx, report),
    ...partiesRows(ctx, request),
    ...listsForKind(request.instrument, request.kind).flatMap((list) => listRows(ctx, request, report, list, printed)),
    ...kind.particulars(ctx, request),
    ...annexRows(ctx, request),
    ...contactRows(ctx, request),
  ];
  const raw = (request.answers as Record<string, unknown>).reference;
  const reference = typeof raw === 'string' ? raw.trim() : '';
  const { header, top } = runningHeader(ctx, reference, isConfidential(request));
  const gap = 16;
  const half = w + cellPadding - gap / 2;

  return {
    pageSize: ctx.pageSize,
    pageMargins: [margins[0], top, margins[2], margins[3]],
    defaultStyle: { font: 'NotoSans', fontSize: 9.5, lineHeight: 1.2 },
    info: { title: `${ctx.t[0](`catalogue:instruments.${request.instrument}.kinds.${request.kind}`)} ${reference}`.trim(), creator: 'MLA Request Builder' },
    header,
    footer: (page: number, pages: number): Content => ({
      margin: [margins[0], 16, margins[2], 0],
      columnGap: gap,
      columns: [
        { width: half, stack: [say(ctx, 0, ctx.t[0]('doc:page', { page, pages }), { size: 8, color: colors.muted }, half)] },
        { width: half, stack: [say(ctx, 1, ctx.t[1]('doc:page', { page, pages }), { size: 8, color: colors.muted }, half)] },
      ],
    }),
    content: [
      { table: { widths: [w, w], body }, layout: tableLayout },
      requestSignature(ctx, request),
      renderingFootnote(ctx, request) ?? { text: '' },
    ],
  };
}
