import { z } from 'zod';
import { missing, ok, type AnswerType } from './answer-type';

/** The kinds of assistance sought, by citation (40(3)(a)…): words come from the catalogue, never the user. */
export const purposesType: AnswerType = {
  schema: (ctx) => z.array(z.enum(ctx.purposes as [string, ...string[]])).max(50).default([]),
  evaluate: (v) => (Array.isArray(v) && v.length > 0 ? ok() : missing('purposesMissing')),
  format: (v, ctx) => (Array.isArray(v) ? v : [])
    .map((c) => String(c))
    .map((c) => (ctx.purposes.includes(c) ? `${c} ${ctx.t(`catalogue:instruments.${ctx.instrument}.purposes.${c}`)}` : c))
    .join('\n'),
  prose: () => [],
};
