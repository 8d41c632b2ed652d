import type { LanguageCode } from '../core/catalogue/catalogue-types';
import type { Translate } from '../core/completeness/report-messages';
import { createI18n, type LanguagePacks } from '../i18n/create-i18n';
import { memoTranslate } from '../i18n/memo-translate';
import type { DocContext, PageSize } from '../../templates';
import type { MeasureText } from '../../templates/blocks/rtl-lines';

/**
 * A template context for a language pair: one strict translator per language, so a gap fails loudly. The
 * packs hold both languages (all of them in Node; in the browser, loaded for this document).
 */
export function documentContext(langs: [LanguageCode, LanguageCode], pageSize: PageSize, measure: MeasureText, packs: LanguagePacks): DocContext {
  return { langs, t: [rememberedTranslator(packs, langs[0]), rememberedTranslator(packs, langs[1])], pageSize, measure };
}

// One translator per language and set of packs, kept for the next document: the words do not change.
const translators = new WeakMap<LanguagePacks, Map<LanguageCode, Translate>>();
function rememberedTranslator(packs: LanguagePacks, lang: LanguageCode): Translate {
  if (!translators.has(packs)) translators.set(packs, new Map());
  const forPacks = translators.get(packs)!;
  let t = forPacks.get(lang);
  if (!t) {
    const i18n = createI18n(lang, packs, { strictKeys: true });
    t = memoTranslate(i18n.t.bind(i18n) as unknown as Translate);
    forPacks.set(lang, t);
  }
  return t;
}
