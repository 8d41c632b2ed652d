import { useTranslations } from '../../../i18n/use-translations';
import { useFormContext } from 'react-hook-form';
import { fieldId } from '../../../lib/field-id';
import { FieldFrame, useInputAria } from '../field-frame';

export interface WidgetProps { fieldKey: string }
const p = (fieldKey: string) => `answers.${fieldKey}` as never;

export function TextWidget({ fieldKey, multiline }: WidgetProps & { multiline?: boolean }) {
  const { register } = useFormContext();
  const aria = useInputAria(fieldKey);
  return (
    <FieldFrame fieldKey={fieldKey} mode="single">
      {multiline ? <textarea rows={4} {...aria} {...register(p(fieldKey))} /> : <input type="text" {...aria} {...register(p(fieldKey))} />}
    </FieldFrame>
  );
}

export function DateWidget({ fieldKey }: WidgetProps) {
  const { register } = useFormContext();
  return (
    <FieldFrame fieldKey={fieldKey} mode="single">
      <input type="date" {...useInputAria(fieldKey)} {...register(p(fieldKey))} />
    </FieldFrame>
  );
}

export function NumberWidget({ fieldKey }: WidgetProps) {
  const { register } = useFormContext();
  return (
    <FieldFrame fieldKey={fieldKey} mode="single">
      <input type="number" min={0} step={1} inputMode="numeric" {...useInputAria(fieldKey)}
        {...register(p(fieldKey), { setValueAs: (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v)) })} />
    </FieldFrame>
  );
}

export function AffirmationWidget({ fieldKey }: WidgetProps) {
  const { register } = useFormContext();
  const { td } = useTranslations();
  const path = `answers.${fieldKey}`;
  return (
    <FieldFrame fieldKey={fieldKey} mode="group">
      <label className="checkbox">
        <input type="checkbox" id={`${fieldId(path)}-box`} {...register(p(fieldKey))} /> {td(`catalogue:fields.${fieldKey}`)}
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
