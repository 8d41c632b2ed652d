import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n, isUiLanguage } from '../i18n/create-i18n';
import { loadLanguagePacks } from '../i18n/load-language-pack';
import { openStorage } from '../lib/app-db';
import { App, type Storage } from './app';
import { languageStorageKey } from './language-switcher';
import './app.css';

let stored = '';
try {
  stored = localStorage.getItem(languageStorageKey) ?? '';
} catch {
  // Storage blocked: the browser's language is used.
}
const browser = navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
const lang = isUiLanguage(stored) ? stored : browser;
document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : lang;
// Storage is asked for while the interface language's words load: the app says at once whether drafts can be saved.
const [packs, storage] = await Promise.all([loadLanguagePacks([lang]), openStorage() as Promise<Storage>]);
// In development a missing translation key throws, so it is found at once.
const i18n = createI18n(lang, packs, { strictKeys: import.meta.env.DEV });
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App storage={storage} />
    </I18nextProvider>
  </StrictMode>,
);
