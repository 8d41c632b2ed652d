import { z } from 'zod';
import { filled, missing, ok, s, type AnswerType } from './answer-type';

/** A date and time of day, local to where it is given (an emergency's time), printed in each language's long form. */
export const dateTimeType: AnswerType = {
  schema: () => z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'dateTime')]).default(''),
  evaluate: (v) => (filled(v) ? ok() : missing()),
  format: (v, ctx) => ctx.dateTime(s(v)),
  prose: () => [],
};
