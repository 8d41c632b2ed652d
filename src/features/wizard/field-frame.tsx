import type { ReactNode } from 'react';
import { useFormState } from 'react-hook-form';
import { citationsForField, detailBasis, fieldLabelKey, getInstrument, listOf } from '../../core/catalogue/catalogue';
import { codeMessage, partWords } from '../../core/completeness/report-messages';
import { useTranslations } from '../../i18n/use-translations';
import { fieldId } from '../../lib/field-id';
import { useDraftContext } from './field-context';
import { firstError } from './field-errors';
import { decodeProblem } from './report-resolver';

export const hintId = (path: string) => `${fieldId(path)}-hint`;
export const errorId = (path: string) => `${fieldId(path)}-error`;
export const helpId = (path: string) => `${fieldId(path)}-help`;

interface Props {
  fieldKey: string;
  /** `single`: one input labelled by <label>; `group`: a fieldset whose inputs carry their own labels. */
  mode: 'single' | 'group';
  children: ReactNode;
}

/** Label (or legend), citations, the Convention's words and the error message around one answer's widget. */
export function FieldFrame({ fieldKey, mode, children }: Props) {
  const { t, td, cite, i18n } = useTranslations();
  const { instrument, kind } = useDraftContext();
  const path = `answers.${fieldKey}`;
  const { errors } = useFormState({ name: path as never });
  const error = firstError(errors, path);
  const problem = error && decodeProblem(error.message);
  const citations = citationsForField(instrument, kind, fieldKey);
  const basis = citations.length === 0 ? detailBasis(instrument, fieldKey) : undefined;
  const authentic = (getInstrument(instrument).verbatimLanguages as string[]).includes(i18n.language);
  const ns = `catalogue:instruments.${instrument}`;
  const label = (
    <>
      <span className="field-label">{td(fieldLabelKey(instrument, kind, fieldKey))}</span>{' '}
      {citations.map((c) => <span key={c} className="cite">{cite(c)}</span>)}
      {basis ? <span className="cite cite-basis">{cite(basis)}</span> : null}
    </>
  );
  // Where the instrument gives no list (interception, an extension), the element is this tool's own wording: say so.
  const ownWords = (c: string) => listOf(instrument, c)?.source === 'practice';
  const words = [...citations.map((c) => [c, td(`${ns}.elements.${c}`)]), ...(basis ? [[basis, td(`${ns}.provisions.${basis}`)]] : [])];
  const quoted = words.some(([c]) => !ownWords(c!));
  const hint = words.length > 0 && (
    <details className="convention-words" id={hintId(path)}>
      <summary>{quoted ? `${t('field.conventionWords')}${authentic ? '' : ` (${t('field.unofficial')})`}` : t('field.toolWords')}</summary>
      {words.map(([c, text]) => (
        <p key={c}><strong className="cite">{cite(c!)}</strong> {text}{quoted && ownWords(c!) ? <em> ({t('field.toolWordsShort')})</em> : null}</p>
      ))}
    </details>
  );
  // What to write, and an invented example: the tool's guidance, in the interface language; the instrument's words stay one click away.
  const guidance = (
    <div className="field-help" id={helpId(path)}>
      <p>{td(`catalogue:guidance.help.${fieldKey}`)}</p>
      {i18n.exists(`catalogue:guidance.example.${fieldKey}`) ? (
        <p className="field-example"><span className="example-label">{t('field.example')}</span> <span className="example-text">{td(`catalogue:guidance.example.${fieldKey}`)}</span></p>
      ) : null}
    </div>
  );
  // The rule broken, in the field's words, and which part of the answer it is about (identifier 3, time zone).
  const errorNode = problem ? (
    <p className="field-error" id={errorId(path)}>
      {error.sub ? `${partWords(td, error.sub)}: ` : ''}
      {codeMessage(td, i18n.exists(`check.codes.${problem.code}`) || i18n.exists(`check.codes.${problem.code}_other`) ? problem.code : 'invalidValue',
        problem.params, { instrument, kind })}
    </p>
  ) : null;

  if (mode === 'group') {
    return (
      <fieldset className={`field field-group${error ? ' has-error' : ''}`} id={fieldId(path)} tabIndex={-1}
        aria-describedby={[helpId(path), error ? errorId(path) : ''].filter(Boolean).join(' ')}>
        <legend>{label}</legend>
        {guidance}
        {hint}
        {children}
        {errorNode}
      </fieldset>
    );
  }
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={fieldId(path)}>{label}</label>
      {guidance}
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
  return { id: fieldId(path), 'aria-invalid': invalid || undefined, 'aria-describedby': [helpId(path), invalid ? errorId(path) : ''].filter(Boolean).join(' ') };
}
