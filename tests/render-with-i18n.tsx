import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { allLanguagePacks } from '../src/i18n/all-language-packs';
import { createI18n, type UiLanguage } from '../src/i18n/create-i18n';

/** Renders with a strict i18n instance: a missing key fails the test. */
export function renderWithI18n(ui: ReactElement, lang: UiLanguage = 'en') {
  const i18n = createI18n(lang, allLanguagePacks, { strictKeys: true });
  return { i18n, ...render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>) };
}
