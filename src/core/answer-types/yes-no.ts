import { z } from 'zod';
import { missing, ok, type AnswerType } from './answer-type';

/** An explicit yes or no: no choice is not an answer. */
export const yesNoType: AnswerType = {
  schema: () => z.enum(['', 'yes', 'no']).default(''),
  evaluate: (v) => (v === 'yes' || v === 'no' ? ok() : missing('choiceMissing')),
  format: (v, ctx) => (v === 'yes' ? ctx.t('terms:yes') : v === 'no' ? ctx.t('terms:no') : ''),
  prose: () => [],
};
