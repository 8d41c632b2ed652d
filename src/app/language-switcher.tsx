import { isUiLanguage, uiLanguages } from '../i18n/create-i18n';
import { useTranslations } from '../i18n/use-translations';

export const languageStorageKey = 'mla.uiLanguage';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslations();
  return (
    <div className="language-switcher">
      <label htmlFor="ui-language">{t('lang.label')}</label>
      <select id="ui-language" value={i18n.language} onChange={(e) => {
        const lang = e.target.value;
        if (!isUiLanguage(lang)) return;
        void i18n.changeLanguage(lang);
        try {
          localStorage.setItem(languageStorageKey, lang);
        } catch {
          // Storage blocked: the choice lasts for this visit.
        }
        document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : lang;
      }}>
        {uiLanguages.map((l) => <option key={l} value={l}>{t(`lang.native.${l}`)}</option>)}
      </select>
    </div>
  );
}
