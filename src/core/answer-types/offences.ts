import { z } from 'zod';
import { asList, filled, missing, ok, proseOf, s, textSchema, type AnswerProblem, type AnswerType } from './answer-type';

export const maxOffences = 100;
const parts = ['name', 'provision', 'maxPenalty'] as const;
export const offenceRowSchema = z.object({ name: textSchema(), provision: textSchema(), maxPenalty: textSchema() });

/** The offences, each with its domestic provision and maximum penalty (2(h): serious crime). */
export const offencesType: AnswerType = {
  schema: () => z.array(offenceRowSchema).max(maxOffences).default([]),
  evaluate(value) {
    const rows = asList(value);
    const problems: AnswerProblem[] = rows.flatMap((o, i) =>
      filled(o.name) && (!filled(o.provision) || !filled(o.maxPenalty))
        ? [{ subPath: `${i}.${filled(o.provision) ? 'maxPenalty' : 'provision'}`, code: 'offenceDetailsMissing', severity: 'warning' as const, params: { n: i + 1 } }]
        : [],
    );
    return rows.some((o) => filled(o.name)) ? ok(problems) : missing('offenceMissing', '0.name', problems);
  },
  format: (value, ctx) => asList(value)
    .map((o, i) => ({ o, i }))
    .filter(({ o }) => filled(o.name))
    .map(({ o, i }) => parts.filter((p) => filled(o[p])).map((p) => ctx.words(`${i}.${p}`, s(o[p]))).join('; '))
    .join('\n'),
  prose: (value) => asList(value).flatMap((o, i) => (filled(o.name) ? proseOf(o, parts, `${i}.`) : [])),
  emptyRow: () => offenceRowSchema.parse({}),
};
