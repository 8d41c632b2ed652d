import i18next, { type i18n as I18n } from 'i18next';
import { languageCodes, type LanguageCode } from '../core/catalogue/catalogue-types';

/** Languages the interface is written in: the six UN languages, as for documents. */
export const uiLanguages = ['en', 'zh', 'fr', 'ru', 'es', 'ar'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/**
 * Everything i18next needs for one language: the app's own strings (`ui`, for interface languages only), the
 * words for answer values (`terms`), the documents' fixed sentences (`doc`) and the law's words (`catalogue`,
 * generated from schemas/). The app loads a pack when a language is first needed (load-language-pack.ts);
 * Node (CLI, tests) has all six at hand (all-language-packs.ts).
 */
export interface LanguagePack {
  ui?: object;
  terms: object;
  doc: object;
  catalogue: object;
}
export type LanguagePacks = Partial<Record<LanguageCode, LanguagePack>>;

export function isUiLanguage(lang: string): lang is UiLanguage {
  return (uiLanguages as readonly string[]).includes(lang);
}
export function isDocumentLanguage(lang: string): lang is LanguageCode {
  return (languageCodes as readonly string[]).includes(lang);
}

const namespaces = ['ui', 'terms', 'doc', 'catalogue'] as const;

/**
 * One i18next instance with four namespaces: `ui` (typed from en.json), `terms`, `doc` and `catalogue`. With
 * `strictKeys` a missing key throws, so a forgotten string fails in development and tests instead of showing
 * a raw key to a user.
 */
export function createI18n(lang: LanguageCode, packs: LanguagePacks, options: { strictKeys?: boolean } = {}): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: isUiLanguage(lang) && packs.en ? 'en' : false,
    ns: [...namespaces],
    defaultNS: 'ui',
    resources: Object.fromEntries(Object.entries(packs).map(([l, pack]) => [l, { ...pack }])),
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

/** Adds a language loaded later (the interface switched to it) to an instance. */
export function addLanguagePack(i18n: I18n, lang: LanguageCode, pack: LanguagePack): void {
  for (const ns of namespaces) {
    const resources = pack[ns];
    if (resources && !i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, resources);
  }
}
