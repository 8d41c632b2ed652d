import 'i18next';
import type en from './locales/en.json';

// Typed keys: `t('panel.titel')` is a compile error. Catalogue keys are data-driven and checked at run time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof en; catalogue: Record<string, unknown> };
  }
}
