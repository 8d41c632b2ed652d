import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Review } from '../src/core/review/review-schema';
import { reviewGaps } from '../src/core/review/review-schema';
import { noteIn } from '../src/core/review/review-translations';
import { citeWith } from '../src/core/catalogue/cite';
import { formatDate } from '../src/core/dates/format-date';
import { untranslatedNote } from './blocks/answers';
import { renderingFootnote, signatureBlock } from './blocks/closing';
import { runningFooter, runningHeader } from './blocks/running-header';
import { colors, columnsRow, pairRow, say, sayAsWritten, spanRow } from './blocks/text';
import { cellPadding, columnWidth, margins, tableLine, type DocContext } from './document-context';

const layout = {
  hLineWidth: () => tableLine, vLineWidth: () => tableLine, hLineColor: () => '#c9d1dc', vLineColor: () => '#c9d1dc',
  paddingLeft: () => cellPadding, paddingRight: () => cellPadding, paddingTop: () => 3, paddingBottom: () => 3,
};

/** Names, references and dates: printed once across both columns, as written, laid out by their own script. */
function asWrittenRow(ctx: DocContext, text: string): TableCell[] {
  return spanRow(sayAsWritten(ctx, text, {}, columnWidth(ctx.pageSize) * 2));
}

function labelled(ctx: DocContext, key: 'doc:yourReference' | 'doc:ourReference' | 'doc:from' | 'doc:to', value: string): TableCell[][] {
  return [pairRow(ctx, (t) => t(key), { bold: true, size: 8.5 }), value ? asWrittenRow(ctx, value) : pairRow(ctx, () => '—', { color: colors.muted })];
}

/** A date, in each column in that column's language (20 novembre 2026 | 2026年11月20日). */
function labelledDate(ctx: DocContext, key: 'doc:yourDate' | 'doc:date', value: string): TableCell[][] {
  return [pairRow(ctx, (t) => t(key), { bold: true, size: 8.5 }), pairRow(ctx, (_t, col) => (value ? formatDate(value, ctx.langs[col]) : '—'), value ? {} : { color: colors.muted })];
}

/**
 * The Art. 40(16) letter: asks the requesting State for each element the reviewer found missing or
 * insufficient, with its citation, the Convention's words in both languages and the reviewer's note, in
 * each column in that column's language: the reviewer's version, or the original marked untranslated.
 */
export function additionalInformationLetter(review: Review, ctx: DocContext): TDocumentDefinitions {
  const ns = `catalogue:instruments.${review.instrument}`;
  // Where the instrument lets the requested State ask for more (40(16)); an instrument that does not say is named as a whole.
  const cited = (key: string) => (citation ? key : `${key}Plain`);
  const w = columnWidth(ctx.pageSize);
  const { gaps, additionalInformation: citation, verbatimLanguages } = reviewGaps(review);
  const r = review.received;
  const o = review.ours;
  const body: TableCell[][] = [
    pairRow(ctx, (t) => t('doc:letterTitle'), { bold: true, size: 14, color: colors.heading }),
    pairRow(ctx, (t) => t(cited('doc:letterSubtitle'), { instrument: t(`${ns}.shortTitle`), citation: citation ? citeWith(t, citation) : '' }), { size: 9, color: colors.muted }),
    ...labelled(ctx, 'doc:to', [r.requestingAuthority, r.requestingState].filter(Boolean).join(', ')),
    ...labelled(ctx, 'doc:from', o.authority),
    ...labelled(ctx, 'doc:yourReference', r.reference),
    ...labelledDate(ctx, 'doc:yourDate', r.date),
    ...labelled(ctx, 'doc:ourReference', o.reference),
    ...labelledDate(ctx, 'doc:date', o.date),
    pairRow(ctx, (t) => t(cited('doc:letterIntro'), { kind: t(`${ns}.kinds.${review.kind}`), citation: citation ? citeWith(t, citation) : '' })),
  ];
  if (gaps.length === 0) body.push(pairRow(ctx, (t) => t('doc:noGaps'), { italics: true }));
  for (const gap of gaps) {
    body.push(pairRow(ctx, (t) => citeWith(t, gap.citation), { bold: true, size: 10, color: colors.missing }, '#f4f6f9'));
    body.push(pairRow(ctx, (t) => t(`${ns}.elements.${gap.citation}`), { italics: true, color: colors.muted, size: 8.5 }));
    body.push(pairRow(ctx, (t) => t(gap.status === 'missing' ? 'doc:statusMissing' : 'doc:statusInsufficient'), { bold: true, color: colors.missing }, colors.missingFill));
    if (gap.note) {
      body.push(pairRow(ctx, (t) => t('doc:reviewerNote'), { bold: true, size: 8.5 }));
      body.push(columnsRow((col): Content => {
        const { text, untranslated } = noteIn(review, gap.citation, gap.note, ctx.langs[col]);
        return untranslated ? { stack: [untranslatedNote(ctx, col), say(ctx, col, text)] } : say(ctx, col, text);
      }));
    }
  }
  body.push(pairRow(ctx, (t) => t('doc:letterClosing')));
  body.push(pairRow(ctx, (t) => t('catalogue:fields.contactOfficer'), { bold: true, size: 8.5 }));
  body.push(o.contactOfficer ? asWrittenRow(ctx, o.contactOfficer) : pairRow(ctx, () => '—'));

  const { header, top } = runningHeader(ctx, o.reference.trim(), false);
  return {
    pageSize: ctx.pageSize,
    pageMargins: [margins[0], top, margins[2], margins[3]],
    defaultStyle: { font: 'NotoSans', fontSize: 9.5, lineHeight: 1.2 },
    info: { title: `${ctx.t[0]('doc:letterTitle')} ${r.reference}`.trim(), creator: 'MLA Request Builder' },
    header,
    footer: runningFooter(ctx),
    content: [
      { table: { widths: [w, w], body }, layout },
      signatureBlock(ctx, [ctx.t[0]('catalogue:fields.signatory'), ctx.t[1]('catalogue:fields.signatory')],
        o.signatory ? sayAsWritten(ctx, o.signatory, { bold: true }, columnWidth(ctx.pageSize) * 2) : null),
      gaps.length ? renderingFootnote(ctx, review.instrument, verbatimLanguages) ?? { text: '' } : { text: '' },
    ],
  };
}
