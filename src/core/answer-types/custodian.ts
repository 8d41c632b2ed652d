import { z } from 'zod';
import { asRec, filled, lines, missing, ok, proseOf, s, textSchema, type AnswerType } from './answer-type';

const parts = ['name', 'country', 'details'] as const;

/** Who holds the data, or where the system is (42(3)(d)): any of it counts. */
export const custodianType: AnswerType = {
  schema: () => z.object({ name: textSchema(), country: textSchema(), details: textSchema() }).prefault({}),
  evaluate(value) {
    const v = asRec(value);
    return filled(v.name) || filled(v.details) ? ok() : missing('missing', 'name');
  },
  format(value, ctx) {
    const v = asRec(value);
    return lines(...parts.map((p) => (filled(v[p]) ? ctx.words(p, s(v[p])) : '')));
  },
  prose: (value) => proseOf(asRec(value), parts),
};
