import { z } from 'zod';
import {
  asRec, filled, isoDateSchema, missing, notApplicable, ok, s, textSchema, type AnswerEvaluation, type AnswerType, type FormatContext, type Rec,
} from './answer-type';

function evaluateRange(v: Rec): AnswerEvaluation {
  const from = s(v.from);
  const to = s(v.to);
  if (from && to && to < from) return ok([{ subPath: 'to', code: 'periodReversed', severity: 'error', params: { from, to } }]);
  if (from && to) return ok();
  if (from || to) return missing('periodIncomplete', from ? 'to' : 'from');
  return missing('missing', 'from');
}

const formatRange = (v: Rec, ctx: FormatContext) => (s(v.from) || s(v.to) ? `${ctx.date(s(v.from)) || '…'} – ${ctx.date(s(v.to)) || '…'}` : '');

/** From one date to another (a collection period). */
export const periodType: AnswerType = {
  schema: () => z.object({ from: isoDateSchema(), to: isoDateSchema() }).prefault({}),
  evaluate: (value) => evaluateRange(asRec(value)),
  format: (value, ctx) => formatRange(asRec(value), ctx),
  prose: () => [],
};

function formatPeriodOrNa(value: unknown, ctx: FormatContext): string {
  const v = asRec(value);
  if (v.notApplicable === true) return filled(v.reason) ? ctx.t('terms:notApplicableBecause', { reason: ctx.words('reason', s(v.reason)) }) : '';
  return formatRange(v, ctx);
}

/** A period, or "not applicable" with a reason (40(15)(f): "where applicable"). */
export const periodOrNaType: AnswerType = {
  schema: () => z.object({ from: isoDateSchema(), to: isoDateSchema(), notApplicable: z.boolean().default(false), reason: textSchema() }).prefault({}),
  evaluate(value) {
    const v = asRec(value);
    if (v.notApplicable === true) return filled(v.reason) ? notApplicable(s(v.reason)) : missing('naReasonMissing', 'reason');
    return evaluateRange(v);
  },
  format: formatPeriodOrNa,
  prose(value) {
    const v = asRec(value);
    return v.notApplicable === true && filled(v.reason) ? [{ sub: 'reason', text: s(v.reason) }] : [];
  },
};
