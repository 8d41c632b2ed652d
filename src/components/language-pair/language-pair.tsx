import { languageCodes, type LanguageCode } from '../../core/catalogue/catalogue-types';
import { useTranslations } from '../../i18n/use-translations';

export interface LanguagePairProps {
  idPrefix: string;
  language: LanguageCode;
  secondLanguage: LanguageCode | '';
  firstLabel: string;
  /** Who the second language is for: the requested State (a request), the requesting State (a 40(16) letter). */
  secondLabel: string;
  onChange: (language: LanguageCode, second: LanguageCode | '') => void;
}

/** The two languages of a bilingual document, any two of the six UN languages: chosen at the start, changed at export. */
export function LanguagePair({ idPrefix, language, secondLanguage, firstLabel, secondLabel, onChange }: LanguagePairProps) {
  const { t, td } = useTranslations();
  const options = languageCodes.map((l) => <option key={l} value={l}>{td(`lang.${l}`)}</option>);
  return (
    <>
      <div className="sub-field">
        <label htmlFor={`${idPrefix}-language`}>{firstLabel}</label>
        <select id={`${idPrefix}-language`} value={language} onChange={(e) => onChange(e.target.value as LanguageCode, secondLanguage)}>{options}</select>
      </div>
      <div className="sub-field">
        <label htmlFor={`${idPrefix}-second-language`}>{secondLabel}</label>
        <select id={`${idPrefix}-second-language`} value={secondLanguage} onChange={(e) => onChange(language, e.target.value as LanguageCode | '')}>
          <option value="">{t('export.choose')}</option>
          {options}
        </select>
      </div>
      {secondLanguage && secondLanguage === language ? <p className="field-error">{t('export.sameLanguages')}</p> : null}
    </>
  );
}
