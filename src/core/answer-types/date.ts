import { filled, isoDateSchema, missing, ok, s, type AnswerType } from './answer-type';

/** A calendar date (ISO 8601), printed in each language's long form. */
export const dateType: AnswerType = {
  schema: isoDateSchema,
  evaluate: (v) => (filled(v) ? ok() : missing()),
  format: (v, ctx) => ctx.date(s(v)),
  prose: () => [],
};
