import { useState, type FormEvent } from 'react';
import { defaultInstrumentId, kindIds } from '../../core/catalogue/catalogue';
import { useTranslations } from '../../i18n/use-translations';

interface Props {
  legend: string;
  name: string;
  submitLabel: string;
  onStart: (kind: string) => void;
}

/** Choose a kind of request from the catalogue and start (a draft, or a review of a received request). */
export function KindStartForm({ legend, name, submitLabel, onStart }: Props) {
  const { td } = useTranslations();
  const [kind, setKind] = useState('preservation');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStart(kind);
  };
  return (
    <form onSubmit={submit}>
      <fieldset>
        <legend>{legend}</legend>
        {kindIds().map((k) => (
          <label key={k} className="radio kind-option">
            <input type="radio" name={name} value={k} checked={kind === k} onChange={() => setKind(k)} />{' '}
            {td(`catalogue:instruments.${defaultInstrumentId}.kinds.${k}`)}
          </label>
        ))}
      </fieldset>
      <button type="submit">{submitLabel}</button>
    </form>
  );
}
