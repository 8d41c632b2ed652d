import { useState, type FormEvent } from 'react';
import { defaultInstrumentId, instrumentIds, kindIds } from '../../core/catalogue/catalogue';
import { useTranslations } from '../../i18n/use-translations';

interface Props {
  legend: string;
  name: string;
  submitLabel: string;
  onStart: (instrument: string, kind: string) => void;
}

/**
 * Choose the instrument the request is made under (with what it is and whom it binds), then a kind of
 * request it knows, and start (a draft, or a review of a received request).
 */
export function KindStartForm({ legend, name, submitLabel, onStart }: Props) {
  const { t, td } = useTranslations();
  const [instrument, setInstrument] = useState(defaultInstrumentId);
  const kinds = kindIds(instrument);
  const [kind, setKind] = useState('preservation');
  const chosen = kinds.includes(kind) ? kind : kinds[0]!;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStart(instrument, chosen);
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
      <button type="submit">{submitLabel}</button>
    </form>
  );
}
