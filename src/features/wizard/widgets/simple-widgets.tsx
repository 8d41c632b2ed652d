import { useTranslations } from '../../../i18n/use-translations';
import { useFormContext, useWatch } from 'react-hook-form';
import { formatDate, formatDateTime } from '../../../core/dates/format-date';
import { fieldId } from '../../../lib/field-id';
import { fieldLabelKey } from '../../../core/catalogue/catalogue';
import { limitsAt } from '../../../core/json-schema/input-limits';
import { requestSchemaFor } from '../../../core/request/request-schema';
import { useDraftContext } from '../field-context';
import { errorId, FieldFrame, helpId, useInputAria } from '../field-frame';
import { FormText } from './form-text';

export interface WidgetProps { fieldKey: string }
const p = (fieldKey: string) => `answers.${fieldKey}` as never;

export function TextWidget({ fieldKey, multiline }: WidgetProps & { multiline?: boolean }) {
  const path = `answers.${fieldKey}`;
  return (
    <FieldFrame fieldKey={fieldKey} mode="single">
      <FormText path={path} multiline={multiline} errorId={errorId(path)} helpId={helpId(path)} />
    </FieldFrame>
  );
}

export function DateWidget({ fieldKey, withTime }: WidgetProps & { withTime?: boolean }) {
  const { register } = useFormContext();
  const { language: lang } = useTranslations();
  const value = useWatch({ name: p(fieldKey) }) as unknown;
  // The browser writes the date in the machine's locale (03/01/2026 reads two ways): say it once more in words.
  const inWords = typeof value === 'string' && value ? (withTime ? formatDateTime(value, lang) : formatDate(value, lang)) : '';
  return (
    <FieldFrame fieldKey={fieldKey} mode="single">
      <span className="date-input">
        <input type={withTime ? 'datetime-local' : 'date'} {...useInputAria(fieldKey)} {...register(p(fieldKey))} />
        {inWords && inWords !== value ? <span className="date-in-words">{inWords}</span> : null}
      </span>
    </FieldFrame>
  );
}

export function NumberWidget({ fieldKey }: WidgetProps) {
  const { register } = useFormContext();
  const { instrument, kind } = useDraftContext();
  const { minimum, maximum } = limitsAt(requestSchemaFor(kind, instrument), `answers.${fieldKey}`);
  return (
    <FieldFrame fieldKey={fieldKey} mode="single">
      <input type="number" min={minimum} max={maximum} step={1} inputMode="numeric" {...useInputAria(fieldKey)}
        {...register(p(fieldKey), { setValueAs: (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v)) })} />
    </FieldFrame>
  );
}

export function AffirmationWidget({ fieldKey }: WidgetProps) {
  const { register } = useFormContext();
  const { td } = useTranslations();
  const { instrument, kind } = useDraftContext();
  const path = `answers.${fieldKey}`;
  return (
    <FieldFrame fieldKey={fieldKey} mode="group">
      <label className="checkbox">
        <input type="checkbox" id={`${fieldId(path)}-box`} {...register(p(fieldKey))} /> {td(fieldLabelKey(instrument, kind, fieldKey))}
      </label>
    </FieldFrame>
  );
}

export function YesNoWidget({ fieldKey }: WidgetProps) {
  const { register } = useFormContext();
  const { td } = useTranslations();
  const path = `answers.${fieldKey}`;
  return (
    <FieldFrame fieldKey={fieldKey} mode="group">
      <div className="radios">
        {(['yes', 'no'] as const).map((v) => (
          <label key={v} className="radio">
            <input type="radio" value={v} id={v === 'yes' ? `${fieldId(path)}-yes` : undefined} {...register(p(fieldKey))} /> {td(`terms:${v}`)}
          </label>
        ))}
      </div>
    </FieldFrame>
  );
}
