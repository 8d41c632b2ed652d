import { z } from 'zod';
import { asRec, filled, missing, notApplicable, ok, s, textSchema, type AnswerType } from './answer-type';

/** The user's words, or "not possible / not applicable" with a reason (40(15)(e)): different from empty. */
export const textOrNaType: AnswerType = {
  schema: () => z.object({ text: textSchema(), notApplicable: z.boolean().default(false), reason: textSchema() }).prefault({}),
  evaluate(value) {
    const v = asRec(value);
    if (filled(v.text)) return ok();
    if (v.notApplicable === true) return filled(v.reason) ? notApplicable(s(v.reason)) : missing('naReasonMissing', 'reason');
    return missing('missing', 'text');
  },
  format(value, ctx) {
    const v = asRec(value);
    if (filled(v.text)) return ctx.words('', s(v.text));
    return v.notApplicable === true && filled(v.reason) ? ctx.t('terms:notApplicableBecause', { reason: ctx.words('', s(v.reason)) }) : '';
  },
  // One translation for whichever is printed: the text, or the reason it is not applicable.
  prose(value) {
    const v = asRec(value);
    if (filled(v.text)) return [{ sub: '', text: s(v.text) }];
    return v.notApplicable === true && filled(v.reason) ? [{ sub: '', text: s(v.reason) }] : [];
  },
};
