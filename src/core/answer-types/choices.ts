import { z } from 'zod';
import { missing, ok, type AnswerType } from './answer-type';

/**
 * Citations picked from one of the instrument's choice sets (the purposes of 40(3)): their words come from
 * the catalogue, never from the user, so they need no translation.
 */
export const choicesType: AnswerType = {
  schema: (ctx) => z.array(z.enum(ctx.choices as [string, ...string[]])).max(50).default([]),
  evaluate: (v) => (Array.isArray(v) && v.length > 0 ? ok() : missing('purposesMissing')),
  format: (v, ctx) => (Array.isArray(v) ? v : [])
    .map((c) => String(c))
    .map((c) => (ctx.choices.includes(c) ? `${c} ${ctx.t(`catalogue:instruments.${ctx.instrument}.choiceSets.${ctx.choiceSet}.${c}`)}` : c))
    .join('\n'),
  prose: () => [],
};
