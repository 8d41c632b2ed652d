import type { Content } from 'pdfmake/interfaces';
import { getField, isTranslatable } from '../../src/core/catalogue/catalogue';
import { formatAnswer } from '../../src/core/request/format-answer';
import type { RequestData } from '../../src/core/request/request-schema';
import type { DocContext } from '../document-context';
import { colors, say } from './text';

/**
 * An answer in one language column. The user's words print as written in the request's language; in the
 * other column the user's translation, or the original with a marked note that no translation was given.
 * Returns null for an empty answer: the caller marks it missing, nothing is filled in.
 */
export function answerIn(ctx: DocContext, request: RequestData, key: string, col: 0 | 1): Content | null {
  const answers = request.answers as Record<string, unknown>;
  const type = getField(key).type;
  const t = ctx.t[col];
  const text = formatAnswer(type, answers[key], t, request.instrument);
  if (!text) return null;
  const lang = ctx.langs[col];
  if (!isTranslatable(key) || lang === request.language) return say(ctx, col, text);
  const translated = request.translations?.[lang]?.[key]?.trim();
  if (translated) return say(ctx, col, translated);
  return { stack: [say(ctx, col, t('doc:noTranslation'), { italics: true, color: colors.note, size: 8 }), say(ctx, col, text)] };
}

export function missingMark(ctx: DocContext, col: 0 | 1): Content {
  return say(ctx, col, ctx.t[col]('doc:missing'), { bold: true, color: colors.missing });
}

export const fieldLabel = (ctx: DocContext, col: 0 | 1, key: string) => ctx.t[col](`catalogue:fields.${key}`);
