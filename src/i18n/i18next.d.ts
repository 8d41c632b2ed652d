import 'i18next';
import type docEn from './document/en.json';
import type en from './locales/en.json';
import type termsEn from './terms/en.json';

// Typed keys: `t('panel.titel')` is a compile error. Catalogue keys are data-driven and checked at run time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof en; terms: typeof termsEn; doc: typeof docEn; catalogue: Record<string, unknown> };
  }
}
