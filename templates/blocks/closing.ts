import type { Content, TableCell } from 'pdfmake/interfaces';
import { getInstrument } from '../../src/core/catalogue/catalogue';
import type { RequestData } from '../../src/core/request/request-schema';
import { columnWidth, type DocContext } from '../document-context';
import { answerIn, fieldLabel } from './answers';
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
  const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
  const original = lines(String((request.answers as Record<string, unknown>).annexes ?? ''));
  return [
    sectionHeading(ctx, (t) => t('doc:annexes')),
    columnsRow((col) => {
      if (original.length === 0) return say(ctx, col, ctx.t[col]('doc:noAnnexes'));
      const lang = ctx.langs[col];
      const translated = lang === request.language ? original : lines(request.translations?.[lang]?.annexes ?? '');
      const list = { ol: (translated.length ? translated : original).map((a) => say(ctx, col, a)) };
      if (translated.length) return list;
      return { stack: [say(ctx, col, ctx.t[col]('doc:noTranslation'), { italics: true, color: colors.note, size: 8 }), list] };
    }),
  ];
}

export function contactRows(ctx: DocContext, request: RequestData): TableCell[][] {
  return fieldRows(ctx, request, ['contactOfficer']);
}

/** Signature and seal: boxes to sign in, labelled in both languages, with the signatory's name. */
export function signatureBlock(ctx: DocContext, request: RequestData): Content {
  const both = (key: 'doc:placeAndDate' | 'doc:signature' | 'doc:seal') => ({
    stack: [say(ctx, 0, ctx.t[0](key), { size: 8, color: colors.muted }), say(ctx, 1, ctx.t[1](key), { size: 8, color: colors.muted })],
  });
  const signatory = answerIn(ctx, request, 'signatory', 0);
  return {
    margin: [0, 18, 0, 0],
    unbreakable: true,
    stack: [
      { columns: [say(ctx, 0, fieldLabel(ctx, 0, 'signatory'), { bold: true, size: 8.5 }), say(ctx, 1, fieldLabel(ctx, 1, 'signatory'), { bold: true, size: 8.5 })] },
      signatory ?? say(ctx, 0, '______________________________'),
      {
        margin: [0, 8, 0, 0],
        table: { widths: ['*', '*', '*'], heights: [70], body: [[both('doc:placeAndDate'), both('doc:signature'), both('doc:seal')]] },
      },
    ],
  };
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
