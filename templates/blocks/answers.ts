import type { Content } from 'pdfmake/interfaces';
import type { RequestData } from '../../src/core/request/request-schema';
import { answerInLanguage } from '../../src/core/translation/answer-in-language';
import type { DocContext } from '../document-context';
import { colors, say } from './text';

/**
 * An answer in one language column: the user's words as written in the request's language; in the other
 * column the user's translation, or the original under a marked note that no translation was given.
 * Returns null for an empty answer: the caller marks it missing, nothing is filled in.
 */
export function answerIn(ctx: DocContext, request: RequestData, key: string, col: 0 | 1): Content | null {
  const t = ctx.t[col];
  const { text, untranslated } = answerInLanguage(request, key, ctx.langs[col], t);
  if (!text) return null;
  if (!untranslated) return say(ctx, col, text);
  return { stack: [untranslatedNote(ctx, col), say(ctx, col, text)] };
}

/** "No translation given. Original text:", above words that print as the user wrote them. */
export const untranslatedNote = (ctx: DocContext, col: 0 | 1): Content => say(ctx, col, ctx.t[col]('doc:noTranslation'), { italics: true, color: colors.note, size: 8 });

export function missingMark(ctx: DocContext, col: 0 | 1): Content {
  return say(ctx, col, ctx.t[col]('doc:missing'), { bold: true, color: colors.missing });
}
