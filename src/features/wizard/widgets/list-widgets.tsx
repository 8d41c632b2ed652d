import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslations } from '../../../i18n/use-translations';
import { identifierTypes } from '../../../core/request/field-values';
import { fieldId } from '../../../lib/field-id';
import { FieldFrame } from '../field-frame';
import { LabelledInput } from './labelled-input';
import type { WidgetProps } from './simple-widgets';

const emptyOffence = { name: '', provision: '', maxPenalty: '' };
const emptyIdentifier = { type: 'account', value: '', time: '', timezone: '' };

export function OffencesWidget({ fieldKey }: WidgetProps) {
  const { t } = useTranslations();
  const base = `answers.${fieldKey}`;
  const { fields, append, remove } = useFieldArray({ name: base as never });
  return (
    <FieldFrame fieldKey={fieldKey} mode="group">
      {fields.map((row, i) => (
        <fieldset key={row.id} className="list-row">
          <legend>{t('field.offence.legend', { n: i + 1 })}</legend>
          <LabelledInput path={`${base}.${i}.name`} label={t('field.offence.name')} />
          <LabelledInput path={`${base}.${i}.provision`} label={t('field.offence.provision')} />
          <LabelledInput path={`${base}.${i}.maxPenalty`} label={t('field.offence.maxPenalty')} />
          <button type="button" className="secondary" onClick={() => remove(i)}>{t('field.offence.remove', { n: i + 1 })}</button>
        </fieldset>
      ))}
      <button type="button" onClick={() => append(emptyOffence as never)}>{t('field.offence.add')}</button>
    </FieldFrame>
  );
}

export function IdentifiersWidget({ fieldKey }: WidgetProps) {
  const { t, td } = useTranslations();
  const { register } = useFormContext();
  const base = `answers.${fieldKey}`;
  const { fields, append, remove } = useFieldArray({ name: base as never });
  return (
    <FieldFrame fieldKey={fieldKey} mode="group">
      {fields.map((row, i) => (
        <fieldset key={row.id} className="list-row">
          <legend>{t('field.identifier.legend', { n: i + 1 })}</legend>
          <div className="sub-field">
            <label htmlFor={fieldId(`${base}.${i}.type`)}>{t('field.identifier.type')}</label>
            <select id={fieldId(`${base}.${i}.type`)} {...register(`${base}.${i}.type` as never)}>
              {identifierTypes.map((type) => <option key={type} value={type}>{td(`terms:identifierTypes.${type}`)}</option>)}
            </select>
          </div>
          <LabelledInput path={`${base}.${i}.value`} label={t('field.identifier.value')} />
          <div className="row">
            <LabelledInput path={`${base}.${i}.time`} label={t('field.identifier.time')} type="datetime-local" />
            <LabelledInput path={`${base}.${i}.timezone`} label={t('field.identifier.timezone')} />
          </div>
          <button type="button" className="secondary" onClick={() => remove(i)}>{t('field.identifier.remove', { n: i + 1 })}</button>
        </fieldset>
      ))}
      <button type="button" onClick={() => append(emptyIdentifier as never)}>{t('field.identifier.add')}</button>
    </FieldFrame>
  );
}
