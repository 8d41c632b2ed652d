import i18next, { type i18n as I18n } from 'i18next';
import { languageCodes, type LanguageCode } from '../core/catalogue/catalogue-schema';
import { catalogueResources } from './catalogue-resources';
import docAr from './document/ar.json';
import docEn from './document/en.json';
import docEs from './document/es.json';
import docFr from './document/fr.json';
import docRu from './document/ru.json';
import docZh from './document/zh.json';
import en from './locales/en.json';
import zh from './locales/zh.json';
import termsAr from './terms/ar.json';
import termsEn from './terms/en.json';
import termsEs from './terms/es.json';
import termsFr from './terms/fr.json';
import termsRu from './terms/ru.json';
import termsZh from './terms/zh.json';

/** Languages the interface is written in. Documents can be made in all six UN languages. */
export const uiLanguages = ['en', 'zh'] as const;
export type UiLanguage = (typeof uiLanguages)[number];
export const uiResources = { en, zh } satisfies Record<UiLanguage, unknown>;
/** Words for answer values (yes, identifier types…), shared by the UI and the documents. */
export const termsResources = { en: termsEn, zh: termsZh, fr: termsFr, ru: termsRu, es: termsEs, ar: termsAr } satisfies Record<LanguageCode, unknown>;
/** Headings and fixed sentences of the PDF documents. */
export const documentResources = { en: docEn, zh: docZh, fr: docFr, ru: docRu, es: docEs, ar: docAr } satisfies Record<LanguageCode, unknown>;

export function isUiLanguage(lang: string): lang is UiLanguage {
  return (uiLanguages as readonly string[]).includes(lang);
}
export function isDocumentLanguage(lang: string): lang is LanguageCode {
  return (languageCodes as readonly string[]).includes(lang);
}

/**
 * One i18next instance with four namespaces: `ui` (the app's own strings, typed from en.json), `terms`,
 * `doc` and `catalogue` (the law's labels, built from the catalogue). With `strictKeys` a missing key throws,
 * so a forgotten string fails in development and tests instead of showing a raw key to a user.
 */
export function createI18n(lang: LanguageCode, options: { strictKeys?: boolean } = {}): I18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(languageCodes.map((l) => [l, {
    ...(isUiLanguage(l) ? { ui: uiResources[l] } : {}),
    terms: termsResources[l],
    doc: documentResources[l],
    catalogue: catalogueResources(l),
  }]));
  void instance.init({
    lng: lang,
    fallbackLng: isUiLanguage(lang) ? 'en' : false,
    ns: ['ui', 'terms', 'doc', 'catalogue'],
    defaultNS: 'ui',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: options.strictKeys ?? false,
    missingKeyHandler: (lngs, ns, key) => {
      throw new Error(`Missing translation key "${ns}:${key}" for ${lngs.join(',')}`);
    },
  });
  return instance;
}
