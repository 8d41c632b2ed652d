import { z } from 'zod';
import { asList, filled, missing, ok, s, textSchema, term, type AnswerProblem, type AnswerType } from './answer-type';

export const identifierTypes = ['account', 'email', 'url', 'ip', 'phone', 'device', 'other'] as const;
export const maxIdentifiers = 500;
export const maxTimezoneLength = 64;
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'dateTime');

export const identifierRowSchema = z.object({
  type: z.enum(identifierTypes).default('account'),
  value: textSchema(),
  time: z.union([z.literal(''), localDateTime]).default(''),
  timezone: z.string().max(maxTimezoneLength).default(''),
});

/**
 * Accounts, addresses, IP addresses… that identify the data. Values print exactly as written (an address is
 * not translated); only an identifier of type "other", described in words, asks for a translation.
 */
export const identifiersType: AnswerType = {
  schema: () => z.array(identifierRowSchema).max(maxIdentifiers).default([]),
  evaluate(value) {
    const rows = asList(value);
    const problems: AnswerProblem[] = rows.flatMap((id, i) =>
      id.type === 'ip' && filled(id.value) && (!filled(id.time) || !filled(id.timezone))
        ? [{ subPath: `${i}.${filled(id.time) ? 'timezone' : 'time'}`, code: 'ipWithoutTime', severity: 'warning' as const, params: { n: i + 1, value: s(id.value) } }]
        : [],
    );
    return rows.some((id) => filled(id.value)) ? ok(problems) : missing('identifierMissing', '0.value', problems);
  },
  format: (value, ctx) => asList(value)
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => filled(id.value))
    .map(({ id, i }) => {
      // A log time stays as written (2026-11-03 02:14 UTC+00:00): the form providers search their records by.
      const when = [s(id.time).replace('T', ' '), s(id.timezone)].filter(Boolean).join(' ');
      const text = id.type === 'other' ? ctx.words(`${i}.value`, s(id.value)) : s(id.value);
      return `${term(ctx.t, 'identifierTypes', s(id.type) || 'other', identifierTypes)}: ${text}${when ? ` (${when})` : ''}`;
    })
    .join('\n'),
  prose: (value) => asList(value).flatMap((id, i) => (id.type === 'other' && filled(id.value) ? [{ sub: `${i}.value`, text: s(id.value) }] : [])),
  emptyRow: () => identifierRowSchema.parse({}),
};
