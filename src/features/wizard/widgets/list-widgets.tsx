import { memo, useCallback, useRef, type ReactNode } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { answerTypes } from '../../../core/answer-types';
import { identifierTypes } from '../../../core/answer-types/identifiers';
import { limitsAt } from '../../../core/json-schema/input-limits';
import { requestSchemaFor } from '../../../core/request/request-schema';
import { useDraftContext } from '../field-context';
import { useTranslations } from '../../../i18n/use-translations';
import { fieldId } from '../../../lib/field-id';
import { FieldFrame } from '../field-frame';
import { LabelledInput } from './labelled-input';
import type { WidgetProps } from './simple-widgets';
import { useRowsInSlices } from './use-rows-in-slices';

interface RowsProps extends WidgetProps {
  /** A new row: the schema's own defaults, so the form and the file format cannot drift apart. */
  emptyRow: unknown;
  labels: { legend: (n: number) => string; remove: (n: number) => string; add: string };
  row: (path: string) => ReactNode;
}

interface RowProps {
  path: string;
  n: number;
  labels: RowsProps['labels'];
  row: RowsProps['row'];
  onRemove: (index: number) => void;
}

/** One row: drawn again only when its place or its words change, not when a slice of other rows is added. */
const Row = memo(function Row({ path, n, labels, row, onRemove }: RowProps) {
  return (
    <fieldset className="list-row">
      <legend>{labels.legend(n)}</legend>
      {row(path)}
      <button type="button" className="secondary" onClick={() => onRemove(n - 1)}>{labels.remove(n)}</button>
    </fieldset>
  );
});

/** A list answer: one fieldset per row, each removable, and a button to add one. */
function RepeatingRows({ fieldKey, emptyRow, labels, row }: RowsProps) {
  const { t } = useTranslations();
  const base = `answers.${fieldKey}`;
  const { fields, append, remove } = useFieldArray({ name: base as never });
  const { instrument, kind } = useDraftContext();
  const { maxItems } = limitsAt(requestSchemaFor(kind, instrument), base);
  const full = maxItems !== undefined && fields.length >= maxItems;
  const { shown, filling, showAll } = useRowsInSlices(fields.length, base);
  // The same function on every render, so that rows already drawn are not drawn again.
  const removeRef = useRef(remove);
  removeRef.current = remove;
  const onRemove = useCallback((index: number) => removeRef.current(index), []);
  return (
    <FieldFrame fieldKey={fieldKey} mode="group">
      {fields.slice(0, shown).map((item, i) => (
        <Row key={item.id} path={`${base}.${i}`} n={i + 1} labels={labels} row={row} onRemove={onRemove} />
      ))}
      {filling ? <p className="muted">{t('limits.rowsFilling', { shown, total: fields.length })}</p> : null}
      {/* At the schema's limit no row is added, and the list says why. A row added while the list fills in shows at once, with every other. */}
      <button type="button" onClick={() => { showAll(); append(emptyRow as never); }} disabled={full} aria-describedby={full ? `${fieldId(base)}-full` : undefined}>{labels.add}</button>
      {full ? <p className="muted" id={`${fieldId(base)}-full`}>{t('limits.rowsFull', { max: maxItems })}</p> : null}
    </FieldFrame>
  );
}

export function OffencesWidget({ fieldKey }: WidgetProps) {
  const { t } = useTranslations();
  return (
    <RepeatingRows fieldKey={fieldKey} emptyRow={answerTypes.offences.emptyRow!()}
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
    <RepeatingRows fieldKey={fieldKey} emptyRow={answerTypes.identifiers.emptyRow!()}
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
