import type { Content, TableCell } from 'pdfmake/interfaces';
import { getInstrument } from '../../src/core/catalogue/catalogue';
import type { RequestData } from '../../src/core/request/request-schema';
import { answerInLanguage } from '../../src/core/translation/answer-in-language';
import { columnWidth, type DocContext } from '../document-context';
import { answerIn, fieldLabel, untranslatedNote } from './answers';
import { fieldRows, sectionHeading } from './front-matter';
import { colors, columnsRow, pairRow, say } from './text';

/** Urgency, deadline and reasons (40(26)), when the request is urgent. */
export function urgencyRows(ctx: DocContext, request: RequestData): TableCell[][] {
  return [sectionHeading(ctx, (t) => t('doc:urgencyHeading')), columnsRow((col) => answerIn(ctx, request, 'urgency', col) ?? say(ctx, col, '—'))];
}

/** Fixed clauses the user asked for: confidentiality (40(20), 42(3)(g)) and use limitation (40(19)). */
export function clauseRows(ctx: DocContext, clauses: ('confidentialityClause' | 'nonDisclosureClause' | 'useLimitationClause')[]): TableCell[][] {
  return clauses.map((c) => pairRow(ctx, (t) => t(`doc:${c}`)));
}

/** The annexes, one per line, in each language (the user's translation where given, else the original with a note). */
export function annexRows(ctx: DocContext, request: RequestData): TableCell[][] {
  return [
    sectionHeading(ctx, (t) => t('doc:annexes')),
    columnsRow((col) => {
      const { text, untranslated } = answerInLanguage(request, 'annexes', ctx.langs[col], ctx.t[col]);
      const list = text.split('\n').map((l) => l.trim()).filter(Boolean);
      if (list.length === 0) return say(ctx, col, ctx.t[col]('doc:noAnnexes'));
      const ol: Content = { ol: list.map((a) => say(ctx, col, a)) };
      return untranslated ? { stack: [untranslatedNote(ctx, col), ol] } : ol;
    }),
  ];
}

export function contactRows(ctx: DocContext, request: RequestData): TableCell[][] {
  return fieldRows(ctx, request, ['contactOfficer']);
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

export function requestSignature(ctx: DocContext, request: RequestData): Content {
  return signatureBlock(ctx, [fieldLabel(ctx, request, 0, 'signatory'), fieldLabel(ctx, request, 1, 'signatory')], answerIn(ctx, request, 'signatory', 0));
}

/** The footnote, once: the Convention's words in a language that is not authentic here are a rendering. */
export function renderingFootnote(ctx: DocContext, request: Pick<RequestData, 'instrument'>): Content | null {
  const authentic = getInstrument(request.instrument).authenticLanguages as string[];
  const notes = ([0, 1] as const).filter((col) => !authentic.includes(ctx.langs[col]));
  if (notes.length === 0) return null;
  return {
    margin: [0, 14, 0, 0],
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 160, y2: 0, lineWidth: 0.5, lineColor: colors.muted }] },
      ...notes.map((col) => say(ctx, col, `* ${ctx.t[col](`catalogue:instruments.${request.instrument}.renderingNotice`)}`, { size: 7.5, color: colors.muted }, columnWidth(ctx.pageSize) * 2)),
    ],
  };
}

export const detailRows = (ctx: DocContext, request: RequestData, keys: string[]) => fieldRows(ctx, request, keys);
export { colors };
