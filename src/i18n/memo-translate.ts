import type { Translate } from '../core/completeness/report-messages';

/**
 * A translate function that remembers what it said: a bulk check writes the same messages for thousands of
 * files ("missing 42(3)(c)…"), and a PDF the same headings on every element; i18next's lookup and
 * interpolation cost more than the work around them. Bounded, so that memory stays flat however much is made.
 */
export function memoTranslate(t: Translate, max = 10_000): Translate {
  const said = new Map<string, string>();
  return (key, options) => {
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    let text = said.get(id);
    if (text === undefined) {
      text = t(key, options);
      if (said.size >= max) said.clear();
      said.set(id, text);
    }
    return text;
  };
}
