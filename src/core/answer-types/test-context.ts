import type { FormatContext } from './answer-type';

/** A format context for tests: terms as `[key]`, the user's words marked with their part, so tests see which is which. */
export const testFormat = (words: FormatContext['words'] = (_sub, text) => text): FormatContext => ({
  t: (key, o) => `[${key}${o?.reason ? `:${String(o.reason)}` : ''}]`,
  instrument: 'un-cybercrime-2024',
  choiceSet: 'purposes',
  choices: ['40(3)(a)', '40(3)(b)'],
  words,
  date: (d) => (d ? `<date ${d}>` : ''),
  dateTime: (d) => (d ? `<dateTime ${d}>` : ''),
});
export const tagged: FormatContext['words'] = (sub, text) => `<${sub}|${text}>`;
