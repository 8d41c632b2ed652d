import catalogueAr from './catalogue/ar.generated.json';
import catalogueEn from './catalogue/en.generated.json';
import catalogueEs from './catalogue/es.generated.json';
import catalogueFr from './catalogue/fr.generated.json';
import catalogueRu from './catalogue/ru.generated.json';
import catalogueZh from './catalogue/zh.generated.json';
import docAr from './document/ar.json';
import docEn from './document/en.json';
import docEs from './document/es.json';
import docFr from './document/fr.json';
import docRu from './document/ru.json';
import docZh from './document/zh.json';
import ar from './locales/ar.json';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import ru from './locales/ru.json';
import zh from './locales/zh.json';
import termsAr from './terms/ar.json';
import termsEn from './terms/en.json';
import termsEs from './terms/es.json';
import termsFr from './terms/fr.json';
import termsRu from './terms/ru.json';
import termsZh from './terms/zh.json';
import type { LanguageCode } from '../core/catalogue/catalogue-types';
import type { Translate } from '../core/completeness/report-messages';
import { createI18n, type LanguagePack, type LanguagePacks, type UiLanguage } from './create-i18n';

/** The app's own strings per interface language, typed from en.json. */
export const uiResources = { en, zh, fr, ru, es, ar } satisfies Record<UiLanguage, unknown>;
export const termsResources = { en: termsEn, zh: termsZh, fr: termsFr, ru: termsRu, es: termsEs, ar: termsAr } satisfies Record<LanguageCode, unknown>;
export const documentResources = { en: docEn, zh: docZh, fr: docFr, ru: docRu, es: docEs, ar: docAr } satisfies Record<LanguageCode, unknown>;
const catalogueResources = { en: catalogueEn, zh: catalogueZh, fr: catalogueFr, ru: catalogueRu, es: catalogueEs, ar: catalogueAr } satisfies Record<LanguageCode, unknown>;

const pack = (lang: LanguageCode): LanguagePack => ({
  ...(lang in uiResources ? { ui: uiResources[lang as UiLanguage] } : {}),
  terms: termsResources[lang], doc: documentResources[lang], catalogue: catalogueResources[lang],
});

/** Every language at once, for Node (the CLI, the PDF in Node) and the tests: not for the app, which loads what it shows. */
export const allLanguagePacks: LanguagePacks = { en: pack('en'), zh: pack('zh'), fr: pack('fr'), ru: pack('ru'), es: pack('es'), ar: pack('ar') };

/** A translate function in one language with every pack at hand (strict: a missing key throws). */
export function translatorFor(lang: LanguageCode, options: { strictKeys?: boolean } = { strictKeys: true }): Translate {
  const i18n = createI18n(lang, allLanguagePacks, options);
  return i18n.t.bind(i18n) as unknown as Translate;
}
