import { z } from 'zod';
import { missing, ok, type AnswerType } from './answer-type';

/** A statement the user confirms (42(3)(f): an MLA request will follow). */
export const affirmationType: AnswerType = {
  schema: () => z.boolean().default(false),
  evaluate: (v) => (v === true ? ok() : missing('affirmationMissing')),
  format: (v, ctx) => (v === true ? ctx.t('terms:yes') : ''),
  prose: () => [],
};
