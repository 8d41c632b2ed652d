import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n, isUiLanguage, uiLanguages, type LanguagePacks, type UiLanguage } from '../i18n/create-i18n';
import { applyPageLanguage, browserLanguage } from '../i18n/document-direction';
import { loadLanguagePacks } from '../i18n/load-language-pack';
import { openStorage } from '../lib/app-db';
import { warmFontCache } from '../pdf/warm-font-cache';
import { App, type Storage } from './app';
import { loadPages, PageLoadError } from './lazy-pages';
import { languageStorageKey } from './language-switcher';
import './app.css';

let stored = '';
try {
  stored = localStorage.getItem(languageStorageKey) ?? '';
} catch {
  // Storage blocked: the browser's language is used.
}
const lang = isUiLanguage(stored) ? stored : browserLanguage(navigator.languages ?? [navigator.language], uiLanguages);
applyPageLanguage(lang);
/** The interface language's words; English if they cannot be fetched; null if nothing can be (said on the page). */
async function interfacePacks(): Promise<{ lang: UiLanguage; packs: LanguagePacks } | null> {
  for (const l of lang === 'en' ? ['en' as const] : [lang, 'en' as const]) {
    try {
      return { lang: l, packs: await loadLanguagePacks([l]) };
    } catch {
      // Not fetched (no connection on a first visit): try English, then say so.
    }
  }
  return null;
}

// Storage is asked for while the words load: the app says at once whether drafts can be saved.
const [loaded, storage] = await Promise.all([interfacePacks(), openStorage() as Promise<Storage>]);
if (loaded) {
  applyPageLanguage(loaded.lang);
  // In development a missing translation key throws, so it is found at once.
  const i18n = createI18n(loaded.lang, loaded.packs, { strictKeys: import.meta.env.DEV });
  // Once the first screen is up and the browser is idle, so as not to compete with it: the fonts for offline
  // PDFs, and the other pages' code (opening a draft then waits for nothing).
  const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 2000));
  idle(() => {
    void warmFontCache();
    loadPages();
  }, { timeout: 10_000 });
  createRoot(document.getElementById('root')!, {
    // A page whose code could not be fetched is said on the page (page-boundary.tsx): no console error for it.
    onCaughtError: (error, info) => {
      if (!(error instanceof PageLoadError)) console.error(error, info.componentStack);
    },
  }).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App storage={storage} />
      </I18nextProvider>
    </StrictMode>,
  );
} else {
  // No words in any language (no pack could be fetched): said plainly on the loading page, in the chosen language and English.
  const failed: Record<UiLanguage, string> = {
    en: 'The application could not load its texts: check the connection and reload the page. Your drafts are kept in this browser.',
    zh: '应用程序无法加载其文本：请检查网络连接并重新加载页面。您的草稿保存在此浏览器中。',
    fr: 'L’application n’a pas pu charger ses textes : vérifiez la connexion et rechargez la page. Vos brouillons sont conservés dans ce navigateur.',
    ru: 'Приложению не удалось загрузить тексты: проверьте соединение и перезагрузите страницу. Ваши черновики хранятся в этом браузере.',
    es: 'La aplicación no pudo cargar sus textos: compruebe la conexión y vuelva a cargar la página. Sus borradores se conservan en este navegador.',
    ar: 'تعذر على التطبيق تحميل نصوصه: تحقق من الاتصال وأعد تحميل الصفحة. مسوداتك محفوظة في هذا المتصفح.',
  };
  document.getElementById('boot-status')!.textContent = [...new Set([failed[lang], failed.en])].join(' / ');
}
