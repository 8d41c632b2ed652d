import i18next, { type i18n as I18n } from 'i18next';
import { catalogueResources } from './catalogue-resources';
import en from './locales/en.json';
import zh from './locales/zh.json';

export const uiLanguages = ['en', 'zh'] as const;
export type UiLanguage = (typeof uiLanguages)[number];
export const uiResources = { en, zh } satisfies Record<UiLanguage, unknown>;

export function isUiLanguage(lang: string): lang is UiLanguage {
  return (uiLanguages as readonly string[]).includes(lang);
}

/**
 * One i18next instance with two namespaces: `ui` (the app's own strings, typed from en.json) and
 * `catalogue` (the law's labels, built from the catalogue). With `strictKeys` a missing key throws,
 * so a forgotten string fails in development and tests instead of showing a raw key to a user.
 */
export function createI18n(lang: UiLanguage, options: { strictKeys?: boolean } = {}): I18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(uiLanguages.map((l) => [l, { ui: uiResources[l], catalogue: catalogueResources(l) }]));
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    ns: ['ui', 'catalogue'],
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
