import { filled, isoDateSchema, missing, ok, s, type AnswerType } from './answer-type';

/** A calendar date (ISO 8601), printed as written. */
export const dateType: AnswerType = {
  schema: isoDateSchema,
  evaluate: (v) => (filled(v) ? ok() : missing()),
  format: (v) => s(v),
  prose: () => [],
};
