import type { ReactNode } from 'react';
import { useFormState, type FieldErrors } from 'react-hook-form';
import { citationsForField, detailBasis, getInstrument } from '../../core/catalogue/catalogue';
import { useTranslations } from '../../i18n/use-translations';
import { fieldId } from '../../lib/field-id';
import { useDraftContext } from './field-context';

/** First message found under a form path: one message per field keeps the page calm. */
function firstError(errors: FieldErrors, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  const walk = (n: unknown): string | undefined => {
    if (!n || typeof n !== 'object') return undefined;
    const msg = (n as { message?: unknown }).message;
    if (typeof msg === 'string' && msg) return msg;
    for (const [k, v] of Object.entries(n)) if (k !== 'ref') { const m = walk(v); if (m) return m; }
    return undefined;
  };
  return walk(node);
}

export const hintId = (path: string) => `${fieldId(path)}-hint`;
export const errorId = (path: string) => `${fieldId(path)}-error`;

interface Props {
  fieldKey: string;
  /** `single`: one input labelled by <label>; `group`: a fieldset whose inputs carry their own labels. */
  mode: 'single' | 'group';
  children: ReactNode;
}

/** Label (or legend), citations, the Convention's words and the error message around one answer's widget. */
export function FieldFrame({ fieldKey, mode, children }: Props) {
  const { t, td, i18n } = useTranslations();
  const { instrument, kind } = useDraftContext();
  const path = `answers.${fieldKey}`;
  const { errors } = useFormState({ name: path as never });
  const error = firstError(errors, path);
  const citations = citationsForField(instrument, kind, fieldKey);
  const basis = citations.length === 0 ? detailBasis(instrument, fieldKey) : undefined;
  const authentic = (getInstrument(instrument).authenticLanguages as string[]).includes(i18n.language);
  const ns = `catalogue:instruments.${instrument}`;
  const label = (
    <>
      <span className="field-label">{td(`catalogue:fields.${fieldKey}`)}</span>{' '}
      {citations.map((c) => <span key={c} className="cite">{c}</span>)}
      {basis ? <span className="cite cite-basis">{basis}</span> : null}
    </>
  );
  const words = [...citations.map((c) => [c, td(`${ns}.elements.${c}`)]), ...(basis ? [[basis, td(`${ns}.provisions.${basis}`)]] : [])];
  const hint = words.length > 0 && (
    <details className="convention-words" id={hintId(path)}>
      <summary>{t('field.conventionWords')}{authentic ? '' : ` (${t('field.unofficial')})`}</summary>
      {words.map(([c, text]) => (
        <p key={c}><strong>{c}</strong> {text}</p>
      ))}
    </details>
  );
  const errorNode = error ? <p className="field-error" id={errorId(path)}>{i18n.exists(`check.codes.${error}`) ? td(`check.codes.${error}`) : t('check.codes.invalidValue')}</p> : null;

  if (mode === 'group') {
    return (
      <fieldset className={`field field-group${error ? ' has-error' : ''}`} id={fieldId(path)} tabIndex={-1}
        aria-describedby={error ? errorId(path) : undefined}>
        <legend>{label}</legend>
        {hint}
        {children}
        {errorNode}
      </fieldset>
    );
  }
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={fieldId(path)}>{label}</label>
      {hint}
      {children}
      {errorNode}
    </div>
  );
}

/** aria attributes for the input of a single-input field. */
export function useInputAria(fieldKey: string) {
  const path = `answers.${fieldKey}`;
  const { errors } = useFormState({ name: path as never });
  const invalid = Boolean(firstError(errors, path));
  return { id: fieldId(path), 'aria-invalid': invalid || undefined, 'aria-describedby': invalid ? errorId(path) : undefined };
}
