import { z } from 'zod';
import { missing, ok, type AnswerType } from './answer-type';

export const maxNumber = 100000;

/** A whole number (a period in days). */
export const numberType: AnswerType = {
  schema: () => z.number().int().min(0).max(maxNumber).nullable().default(null),
  evaluate: (v) => (typeof v === 'number' && Number.isFinite(v) ? ok() : missing()),
  format: (v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : ''),
  prose: () => [],
};
