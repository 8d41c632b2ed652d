import { useState } from 'react';
import { addLanguagePack, isUiLanguage, uiLanguages, type UiLanguage } from '../i18n/create-i18n';
import { applyPageLanguage } from '../i18n/document-direction';
import { loadLanguagePack } from '../i18n/load-language-pack';
import { useTranslations } from '../i18n/use-translations';

export const languageStorageKey = 'mla.uiLanguage';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslations();
  const [failed, setFailed] = useState(false);
  // The language's words are fetched the first time it is chosen (and kept by the service worker after that).
  const choose = async (lang: UiLanguage) => {
    addLanguagePack(i18n, lang, await loadLanguagePack(lang));
    await i18n.changeLanguage(lang);
    applyPageLanguage(lang);
    try {
      localStorage.setItem(languageStorageKey, lang);
    } catch {
      // Storage blocked: the choice lasts for this visit.
    }
  };
  return (
    <div className="language-switcher">
      <label htmlFor="ui-language">{t('lang.label')}</label>
      <select id="ui-language" value={i18n.language} aria-describedby={failed ? 'ui-language-failed' : undefined} onChange={(e) => {
        const lang = e.target.value;
        if (!isUiLanguage(lang)) return;
        setFailed(false);
        void choose(lang).catch(() => setFailed(true));
      }}>
        {uiLanguages.map((l) => <option key={l} value={l}>{t(`lang.native.${l}`)}</option>)}
      </select>
      {failed ? <p id="ui-language-failed" role="alert" className="language-failed">{t('lang.loadFailed')}</p> : null}
    </div>
  );
}
