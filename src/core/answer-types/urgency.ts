import { z } from 'zod';
import { asRec, filled, isoDateSchema, lines, ok, s, term, textSchema, type AnswerType } from './answer-type';

export const urgencyLevels = ['normal', 'urgent', 'emergency'] as const;

/** How urgent, by when and why (40(26)): optional, but an urgent request should say by when and why. */
export const urgencyType: AnswerType = {
  schema: () => z.object({ level: z.enum(urgencyLevels).default('normal'), deadline: isoDateSchema(), reason: textSchema() }).prefault({}),
  evaluate(value) {
    const v = asRec(value);
    const level = s(v.level) || 'normal';
    if (level !== 'normal' && (!filled(v.deadline) || !filled(v.reason))) {
      return ok([{ subPath: filled(v.deadline) ? 'reason' : 'deadline', code: 'deadlineReasonMissing', severity: 'warning' }]);
    }
    return ok();
  },
  format(value, ctx) {
    const v = asRec(value);
    return lines(
      term(ctx.t, 'urgencyLevels', s(v.level) || 'normal', urgencyLevels),
      filled(v.deadline) ? `${ctx.t('terms:deadline')}: ${ctx.date(s(v.deadline))}` : '',
      filled(v.reason) ? ctx.words('reason', s(v.reason)) : '',
    );
  },
  prose: (value) => (filled(asRec(value).reason) ? [{ sub: 'reason', text: s(asRec(value).reason) }] : []),
};
