import type { ReactNode } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { identifierSchema, identifierTypes, offenceSchema } from '../../../core/request/field-values';
import { useTranslations } from '../../../i18n/use-translations';
import { fieldId } from '../../../lib/field-id';
import { FieldFrame } from '../field-frame';
import { LabelledInput } from './labelled-input';
import type { WidgetProps } from './simple-widgets';

interface RowsProps extends WidgetProps {
  /** A new row: the schema's own defaults, so the form and the file format cannot drift apart. */
  emptyRow: unknown;
  labels: { legend: (n: number) => string; remove: (n: number) => string; add: string };
  row: (path: string) => ReactNode;
}

/** A list answer: one fieldset per row, each removable, and a button to add one. */
function RepeatingRows({ fieldKey, emptyRow, labels, row }: RowsProps) {
  const base = `answers.${fieldKey}`;
  const { fields, append, remove } = useFieldArray({ name: base as never });
  return (
    <FieldFrame fieldKey={fieldKey} mode="group">
      {fields.map((item, i) => (
        <fieldset key={item.id} className="list-row">
          <legend>{labels.legend(i + 1)}</legend>
          {row(`${base}.${i}`)}
          <button type="button" className="secondary" onClick={() => remove(i)}>{labels.remove(i + 1)}</button>
        </fieldset>
      ))}
      <button type="button" onClick={() => append(emptyRow as never)}>{labels.add}</button>
    </FieldFrame>
  );
}

export function OffencesWidget({ fieldKey }: WidgetProps) {
  const { t } = useTranslations();
  return (
    <RepeatingRows fieldKey={fieldKey} emptyRow={offenceSchema.parse({})}
      labels={{ legend: (n) => t('field.offence.legend', { n }), remove: (n) => t('field.offence.remove', { n }), add: t('field.offence.add') }}
      row={(path) => (
        <>
          <LabelledInput path={`${path}.name`} label={t('field.offence.name')} />
          <LabelledInput path={`${path}.provision`} label={t('field.offence.provision')} />
          <LabelledInput path={`${path}.maxPenalty`} label={t('field.offence.maxPenalty')} />
        </>
      )} />
  );
}

export function IdentifiersWidget({ fieldKey }: WidgetProps) {
  const { t, td } = useTranslations();
  const { register } = useFormContext();
  return (
    <RepeatingRows fieldKey={fieldKey} emptyRow={identifierSchema.parse({})}
      labels={{ legend: (n) => t('field.identifier.legend', { n }), remove: (n) => t('field.identifier.remove', { n }), add: t('field.identifier.add') }}
      row={(path) => (
        <>
          <div className="sub-field">
            <label htmlFor={fieldId(`${path}.type`)}>{t('field.identifier.type')}</label>
            <select id={fieldId(`${path}.type`)} {...register(`${path}.type` as never)}>
              {identifierTypes.map((type) => <option key={type} value={type}>{td(`terms:identifierTypes.${type}`)}</option>)}
            </select>
          </div>
          <LabelledInput path={`${path}.value`} label={t('field.identifier.value')} />
          <div className="row">
            <LabelledInput path={`${path}.time`} label={t('field.identifier.time')} type="datetime-local" />
            <LabelledInput path={`${path}.timezone`} label={t('field.identifier.timezone')} />
          </div>
        </>
      )} />
  );
}
