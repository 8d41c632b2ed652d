import type { Content, TableCell } from 'pdfmake/interfaces';
import type { DocumentModel } from '../../src/core/document/document-model';
import type { RequestData } from '../../src/core/request/request-schema';
import { citeWith } from '../../src/core/catalogue/cite';
import { answerInLanguage } from '../../src/core/translation/answer-in-language';
import { columnWidth, type DocContext } from '../document-context';
import { answerIn, untranslatedNote } from './answers';
import { fieldRows, sectionHeading } from './front-matter';
import { colors, columnsRow, pairRow, say } from './text';

/** Urgency, deadline and reasons, under the heading that cites where the instrument speaks of deadlines (40(26)). */
export function urgencyRows(ctx: DocContext, request: RequestData, model: DocumentModel): TableCell[][] {
  return model.places.urgency.flatMap((e) => [
    sectionHeading(ctx, (t) => (model.urgencyBasis ? t('doc:urgencyHeading', { citation: citeWith(t, model.urgencyBasis) }) : t('doc:urgencyHeadingPlain'))),
    columnsRow((col) => answerIn(ctx, request, e.field, col) ?? say(ctx, col, '—')),
  ]);
}

/** The instrument's clauses the kind prints (40(19) use limitation; 40(20) or 42(3)(g) when asked for). */
export function clauseRows(ctx: DocContext, model: DocumentModel): TableCell[][] {
  return model.clauses.map((c) => pairRow(ctx, (t) => t(c.textKey)));
}

/** A number with a minimum in the law: the rule is cited only when the number meets it. */
export function minimumRows(ctx: DocContext, model: DocumentModel): TableCell[][] {
  return model.minimums.map((m) => pairRow(ctx, (t) => (m.value >= m.min
    ? t('doc:periodWithMinimum', { label: t(m.labelKey), days: m.value, min: m.min, citation: citeWith(t, m.citation) })
    : t('doc:periodPlain', { label: t(m.labelKey), days: m.value }))));
}

/** The annexes, one per line, in each language (the user's translation where given, else the original with a note). */
export function annexRows(ctx: DocContext, request: RequestData, model: DocumentModel): TableCell[][] {
  return model.places.annexes.flatMap((e) => [
    sectionHeading(ctx, (t) => t('doc:annexes')),
    columnsRow((col) => {
      const { text, untranslated } = answerInLanguage(request, e.field, ctx.langs[col], ctx.t[col]);
      const list = text.split('\n').map((l) => l.trim()).filter(Boolean);
      if (list.length === 0) return say(ctx, col, ctx.t[col]('doc:noAnnexes'));
      const ol: Content = { ol: list.map((a) => say(ctx, col, a)) };
      return untranslated ? { stack: [untranslatedNote(ctx, col), ol] } : ol;
    }),
  ]);
}

export function contactRows(ctx: DocContext, request: RequestData, model: DocumentModel): TableCell[][] {
  return fieldRows(ctx, request, model.places.contact);
}

/**
 * Signature and seal: the signatory's label in both languages, the name as given, and boxes to sign in.
 * Only the boxes are kept together: a name of any length breaks across pages instead of vanishing
 * (pdfmake drops an unbreakable block taller than a page).
 */
export function signatureBlock(ctx: DocContext, labels: [string, string], signatory: Content | null): Content {
  const both = (key: 'doc:placeAndDate' | 'doc:signature' | 'doc:seal') => ({
    stack: [say(ctx, 0, ctx.t[0](key), { size: 8, color: colors.muted }), say(ctx, 1, ctx.t[1](key), { size: 8, color: colors.muted })],
  });
  return {
    margin: [0, 18, 0, 0],
    stack: [
      { columns: [say(ctx, 0, labels[0], { bold: true, size: 8.5 }), say(ctx, 1, labels[1], { bold: true, size: 8.5 })] },
      signatory ?? say(ctx, 0, '______________________________'),
      {
        margin: [0, 8, 0, 0],
        unbreakable: true,
        table: { widths: ['*', '*', '*'], heights: [70], body: [[both('doc:placeAndDate'), both('doc:signature'), both('doc:seal')]] },
      },
    ],
  };
}

export function requestSignature(ctx: DocContext, request: RequestData, model: DocumentModel): Content {
  const signatory = model.places.signature[0];
  if (!signatory) return signatureBlock(ctx, [ctx.t[0]('doc:signature'), ctx.t[1]('doc:signature')], null);
  return signatureBlock(ctx, [ctx.t[0](signatory.labelKey), ctx.t[1](signatory.labelKey)], answerIn(ctx, request, signatory.field, 0));
}

/** The footnote, once: the instrument's words in a language not held verbatim here are a rendering. */
export function renderingFootnote(ctx: DocContext, instrument: string, verbatim: readonly string[]): Content | null {
  const notes = ([0, 1] as const).filter((col) => !verbatim.includes(ctx.langs[col]));
  if (notes.length === 0) return null;
  return {
    margin: [0, 14, 0, 0],
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 160, y2: 0, lineWidth: 0.5, lineColor: colors.muted }] },
      ...notes.map((col) => say(ctx, col, `* ${ctx.t[col](`catalogue:instruments.${instrument}.renderingNotice`)}`, { size: 7.5, color: colors.muted }, columnWidth(ctx.pageSize) * 2)),
    ],
  };
}

export { colors };
