import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Review } from '../src/core/review/review-schema';
import { reviewGaps } from '../src/core/review/review-schema';
import { renderingFootnote } from './blocks/closing';
import { colors, pairRow, say, spanRow } from './blocks/text';
import { cellPadding, columnWidth, margins, tableLine, type DocContext } from './document-context';

const layout = {
  hLineWidth: () => tableLine, vLineWidth: () => tableLine, hLineColor: () => '#c9d1dc', vLineColor: () => '#c9d1dc',
  paddingLeft: () => cellPadding, paddingRight: () => cellPadding, paddingTop: () => 3, paddingBottom: () => 3,
};

/**
 * A user's own words, printed once across both columns (notes are not translated by the tool), laid out
 * by the column whose script they are in: right to left only when they are Arabic.
 */
function userRow(ctx: DocContext, text: string): TableCell[] {
  const arabic = /[\u0600-\u06FF]/.test(text);
  const col = ctx.langs.findIndex((l) => (l === 'ar') === arabic);
  return spanRow(say(ctx, (col === -1 ? 0 : col) as 0 | 1, text, {}, columnWidth(ctx.pageSize) * 2));
}

function labelled(ctx: DocContext, key: 'doc:yourReference' | 'doc:yourDate' | 'doc:ourReference' | 'doc:date' | 'doc:from' | 'doc:to', value: string): TableCell[][] {
  return [pairRow(ctx, (t) => t(key), { bold: true, size: 8.5 }), value ? userRow(ctx, value) : pairRow(ctx, () => '—', { color: colors.muted })];
}

/**
 * The Art. 40(16) letter: asks the requesting State for each element the reviewer found missing or
 * insufficient, with its citation, the Convention's words in both languages and the reviewer's note.
 */
export function additionalInformationLetter(review: Review, ctx: DocContext): TDocumentDefinitions {
  const ns = `catalogue:instruments.${review.instrument}`;
  const w = columnWidth(ctx.pageSize);
  const { gaps } = reviewGaps(review);
  const r = review.received;
  const o = review.ours;
  const body: TableCell[][] = [
    pairRow(ctx, (t) => t('doc:letterTitle'), { bold: true, size: 14, color: colors.heading }),
    pairRow(ctx, (t) => t('doc:letterSubtitle', { instrument: t(`${ns}.shortTitle`) }), { size: 9, color: colors.muted }),
    ...labelled(ctx, 'doc:to', [r.requestingAuthority, r.requestingState].filter(Boolean).join(', ')),
    ...labelled(ctx, 'doc:from', o.authority),
    ...labelled(ctx, 'doc:yourReference', r.reference),
    ...labelled(ctx, 'doc:yourDate', r.date),
    ...labelled(ctx, 'doc:ourReference', o.reference),
    ...labelled(ctx, 'doc:date', o.date),
    pairRow(ctx, (t) => t('doc:letterIntro', { kind: t(`${ns}.kinds.${review.kind}`) })),
  ];
  if (gaps.length === 0) body.push(pairRow(ctx, (t) => t('doc:noGaps'), { italics: true }));
  for (const gap of gaps) {
    body.push(spanRow({ text: gap.citation, bold: true, fontSize: 10, color: colors.missing, font: 'NotoSans' }, '#f4f6f9'));
    body.push(pairRow(ctx, (t) => t(`${ns}.elements.${gap.citation}`), { italics: true, color: colors.muted, size: 8.5 }));
    body.push(pairRow(ctx, (t) => t(gap.status === 'missing' ? 'doc:statusMissing' : 'doc:statusInsufficient'), { bold: true, color: colors.missing }, colors.missingFill));
    if (gap.note) {
      body.push(pairRow(ctx, (t) => t('doc:reviewerNote'), { bold: true, size: 8.5 }));
      body.push(userRow(ctx, gap.note));
    }
  }
  body.push(pairRow(ctx, (t) => t('doc:letterClosing')));
  body.push(pairRow(ctx, (t) => t('catalogue:fields.contactOfficer'), { bold: true, size: 8.5 }));
  body.push(o.contactOfficer ? userRow(ctx, o.contactOfficer) : pairRow(ctx, () => '—'));

  const half = w + cellPadding - 8;
  const both = (key: 'doc:placeAndDate' | 'doc:signature' | 'doc:seal'): Content => ({
    stack: [say(ctx, 0, ctx.t[0](key), { size: 8, color: colors.muted }), say(ctx, 1, ctx.t[1](key), { size: 8, color: colors.muted })],
  });
  return {
    pageSize: ctx.pageSize,
    pageMargins: margins,
    defaultStyle: { font: 'NotoSans', fontSize: 9.5, lineHeight: 1.2 },
    info: { title: `${ctx.t[0]('doc:letterTitle')} ${r.reference}`.trim(), creator: 'MLA Request Builder' },
    header: (): Content => ({ margin: [margins[0], 22, margins[2], 0], text: o.reference, alignment: 'right', fontSize: 8, color: colors.muted }),
    footer: (page: number, pages: number): Content => ({
      margin: [margins[0], 16, margins[2], 0],
      columnGap: 16,
      columns: ([0, 1] as const).map((col) => ({ width: half, stack: [say(ctx, col, ctx.t[col]('doc:page', { page, pages }), { size: 8, color: colors.muted }, half)] })),
    }),
    content: [
      { table: { widths: [w, w], body }, layout },
      {
        margin: [0, 18, 0, 0], unbreakable: true,
        stack: [
          o.signatory ? say(ctx, 0, o.signatory, { bold: true }) : { text: '' },
          { margin: [0, 8, 0, 0], table: { widths: ['*', '*', '*'], heights: [70], body: [[both('doc:placeAndDate'), both('doc:signature'), both('doc:seal')]] } },
        ],
      },
      gaps.length ? renderingFootnote(ctx, review) ?? { text: '' } : { text: '' },
    ],
  };
}
