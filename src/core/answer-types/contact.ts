import { z } from 'zod';
import { asRec, filled, lines, missing, ok, s, textSchema, type AnswerType } from './answer-type';

/** A person to contact: the name (with title) is the user's words; e-mail and telephone print as written. */
export const contactType: AnswerType = {
  schema: () => z.object({ name: textSchema(), email: textSchema(), phone: textSchema() }).prefault({}),
  evaluate(value) {
    const v = asRec(value);
    if (!filled(v.name)) return missing('missing', 'name');
    return filled(v.email) || filled(v.phone) ? ok() : missing('contactMeansMissing', 'email');
  },
  format(value, ctx) {
    const v = asRec(value);
    return lines(filled(v.name) ? ctx.words('name', s(v.name)) : '', s(v.email), s(v.phone));
  },
  prose: (value) => (filled(asRec(value).name) ? [{ sub: 'name', text: s(asRec(value).name) }] : []),
};
