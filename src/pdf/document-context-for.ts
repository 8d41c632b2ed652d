import type { LanguageCode } from '../core/catalogue/catalogue-types';
import type { Translate } from '../core/completeness/report-messages';
import { createI18n, type LanguagePacks } from '../i18n/create-i18n';
import type { DocContext, PageSize } from '../../templates';
import type { MeasureText } from '../../templates/blocks/rtl-lines';

/**
 * A template context for a language pair: one strict translator per language, so a gap fails loudly. The
 * packs hold both languages (all of them in Node; in the browser, loaded for this document).
 */
export function documentContext(langs: [LanguageCode, LanguageCode], pageSize: PageSize, measure: MeasureText, packs: LanguagePacks): DocContext {
  const t = langs.map((l) => {
    const i18n = createI18n(l, packs, { strictKeys: true });
    return i18n.t.bind(i18n) as unknown as Translate;
  }) as [Translate, Translate];
  return { langs, t, pageSize, measure };
}
