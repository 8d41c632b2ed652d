import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { openDraftsStore } from '../features/drafts/drafts-store';
import { openReviewsStore } from '../features/review/reviews-store';
import { createI18n, isUiLanguage } from '../i18n/create-i18n';
import { App } from './app';
import { languageStorageKey } from './language-switcher';
import './app.css';

const stored = localStorage.getItem(languageStorageKey) ?? '';
const browser = navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
const lang = isUiLanguage(stored) ? stored : browser;
document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : lang;
// In development a missing translation key throws, so it is found at once.
const i18n = createI18n(lang, { strictKeys: import.meta.env.DEV });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App store={openDraftsStore()} reviews={openReviewsStore()} />
    </I18nextProvider>
  </StrictMode>,
);
