import { useState, type FormEvent } from 'react';
import { defaultInstrumentId, instrumentIds, kindIds } from '../../core/catalogue/catalogue';
import type { LanguageCode } from '../../core/catalogue/catalogue-types';
import { useTranslations } from '../../i18n/use-translations';
import { LanguagePair } from '../language-pair/language-pair';

export interface LanguageChoice {
  language: LanguageCode;
  secondLanguage: LanguageCode | '';
}

interface Props {
  legend: string;
  name: string;
  submitLabel: string;
  /** The two languages of the document: the first is the one the answers or notes are written in. */
  languageLabels: { first: string; second: string };
  onStart: (instrument: string, kind: string, languages: LanguageChoice) => void;
}

/**
 * Choose the instrument the request is made under (with what it is and whom it binds), a kind of request it
 * knows, and the languages (the answers' own, by default the interface's, and the document's second), and
 * start (a draft, or a review of a received request).
 */
export function KindStartForm({ legend, name, submitLabel, languageLabels, onStart }: Props) {
  const { t, td, language: uiLanguage } = useTranslations();
  const [instrument, setInstrument] = useState(defaultInstrumentId);
  const kinds = kindIds(instrument);
  const [kind, setKind] = useState('preservation');
  const chosen = kinds.includes(kind) ? kind : kinds[0]!;
  // The answers' language is the interface's until the user picks one: switching the interface follows it.
  const [pickedLanguage, setPickedLanguage] = useState<LanguageCode | null>(null);
  const [secondLanguage, setSecondLanguage] = useState<LanguageCode | ''>('');
  const languages: LanguageChoice = { language: pickedLanguage ?? uiLanguage, secondLanguage };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStart(instrument, chosen, languages.secondLanguage === languages.language ? { ...languages, secondLanguage: '' } : languages);
  };
  return (
    <form onSubmit={submit} className="kind-start">
      <fieldset>
        <legend>{t('home.instrument')}</legend>
        {instrumentIds().map((id) => (
          <label key={id} className="radio instrument-option">
            <input type="radio" name={`${name}-instrument`} value={id} checked={instrument === id} onChange={() => setInstrument(id)} />{' '}
            <span>
              <strong>{td(`catalogue:instruments.${id}.title`)}</strong>
              <span className="muted instrument-status"> {td(`catalogue:instruments.${id}.status`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{legend}</legend>
        {kinds.map((k) => (
          <label key={k} className="radio kind-option">
            <input type="radio" name={name} value={k} checked={chosen === k} onChange={() => setKind(k)} />{' '}
            {td(`catalogue:instruments.${instrument}.kinds.${k}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="row">
        <legend>{t('home.languages')}</legend>
        <LanguagePair idPrefix={`${name}-start`} language={languages.language} secondLanguage={languages.secondLanguage}
          firstLabel={languageLabels.first} secondLabel={languageLabels.second}
          onChange={(language, second) => {
            if (language !== languages.language) setPickedLanguage(language);
            setSecondLanguage(second);
          }} />
      </fieldset>
      <button type="submit">{submitLabel}</button>
    </form>
  );
}
