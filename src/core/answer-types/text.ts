import { filled, missing, ok, s, textSchema, type AnswerType } from './answer-type';

/** One line of the user's words (a name, a State). */
export const textType: AnswerType = {
  schema: (ctx) => textSchema(ctx.maxLength),
  evaluate: (v) => (filled(v) ? ok() : missing()),
  format: (v, ctx) => (filled(v) ? ctx.words('', s(v)) : ''),
  prose: (v) => (filled(v) ? [{ sub: '', text: s(v) }] : []),
};
