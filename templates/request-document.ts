import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocumentModel } from '../src/core/document/document-model';
import type { RequestData } from '../src/core/request/request-schema';
import { annexRows, clauseRows, contactRows, minimumRows, renderingFootnote, requestSignature, urgencyRows } from './blocks/closing';
import { listRows } from './blocks/element-block';
import { fieldRows, incompleteRows, partiesRows, sectionHeading, titleRows } from './blocks/front-matter';
import { runningFooter, runningHeader } from './blocks/running-header';
import { cellPadding, columnWidth, margins, tableLine, type DocContext } from './document-context';

const tableLayout = {
  hLineWidth: () => tableLine, vLineWidth: () => tableLine,
  hLineColor: () => '#c9d1dc', vLineColor: () => '#c9d1dc',
  paddingLeft: () => cellPadding, paddingRight: () => cellPadding, paddingTop: () => 3, paddingBottom: () => 3,
};

/**
 * The document of every kind of every instrument, read from its model: both languages side by side, so that
 * each element and its translation are read together, as in bilingual treaty practice; a row never mixes two
 * elements. Which parts a kind has, and what they cite, is the catalogue's: nothing here names a field or an
 * article.
 */
export function requestDocument(request: RequestData, model: DocumentModel, ctx: DocContext): TDocumentDefinitions {
  const w = columnWidth(ctx.pageSize);
  const particulars = [...fieldRows(ctx, request, model.particulars), ...minimumRows(ctx, model), ...urgencyRows(ctx, request, model), ...clauseRows(ctx, model)];
  const body: TableCell[][] = [
    ...titleRows(ctx, model),
    ...incompleteRows(ctx, model),
    ...partiesRows(ctx, request, model),
    ...model.lists.flatMap((list) => listRows(ctx, request, list, model.verbatimLanguages)),
    ...(particulars.length ? [sectionHeading(ctx, (t) => t('doc:particulars')), ...particulars] : []),
    ...annexRows(ctx, request, model),
    ...contactRows(ctx, request, model),
  ];
  const referenceField = model.places.reference.find((e) => e.field === 'reference');
  const raw = referenceField ? (request.answers as Record<string, unknown>)[referenceField.field] : '';
  const reference = typeof raw === 'string' ? raw.trim() : '';
  const { header, top } = runningHeader(ctx, reference, model.marked);

  return {
    pageSize: ctx.pageSize,
    pageMargins: [margins[0], top, margins[2], margins[3]],
    defaultStyle: { font: 'NotoSans', fontSize: 9.5, lineHeight: 1.2 },
    info: { title: `${ctx.t[0](model.titleKey)} ${reference}`.trim(), creator: 'MLA Request Builder' },
    header,
    footer: runningFooter(ctx),
    content: [
      { table: { widths: [w, w], body }, layout: tableLayout },
      requestSignature(ctx, request, model),
      renderingFootnote(ctx, model.instrument, model.verbatimLanguages) ?? { text: '' },
    ],
  };
}
