import type { ReactNode } from 'react';
import { useTranslations } from '../../../i18n/use-translations';
import { useFormContext, useWatch } from 'react-hook-form';
import { choicesFor } from '../../../core/catalogue/catalogue';
import { urgencyLevels } from '../../../core/answer-types/urgency';
import { dataCategoryIds } from '../../../core/answer-types/data-categories';
import { fieldId } from '../../../lib/field-id';
import { useDraftContext } from '../field-context';
import { FieldFrame } from '../field-frame';
import { LabelledInput } from './labelled-input';
import type { WidgetProps } from './simple-widgets';

export function ContactWidget({ fieldKey }: WidgetProps) {
  const { t } = useTranslations();
  const base = `answers.${fieldKey}`;
  return (
    <FieldFrame fieldKey={fieldKey} mode="group">
      <LabelledInput path={`${base}.name`} label={t('field.contact.name')} autoComplete="name" />
      <LabelledInput path={`${base}.email`} label={t('field.contact.email')} type="email" autoComplete="email" />
      <LabelledInput path={`${base}.phone`} label={t('field.contact.phone')} type="tel" autoComplete="tel" />
    </FieldFrame>
  );
}

export function CustodianWidget({ fieldKey }: WidgetProps) {
  const { t } = useTranslations();
  const base = `answers.${fieldKey}`;
  return (
    <FieldFrame fieldKey={fieldKey} mode="group">
      <LabelledInput path={`${base}.name`} label={t('field.custodian.name')} />
      <LabelledInput path={`${base}.country`} label={t('field.custodian.country')} />
      <LabelledInput path={`${base}.details`} label={t('field.custodian.details')} multiline />
    </FieldFrame>
  );
}

/** "Not possible / not applicable" with a reason: a declared answer, unlike an empty field. */
function NotApplicable({ base }: { base: string }) {
  const { t } = useTranslations();
  const { register } = useFormContext();
  const checked = useWatch({ name: `${base}.notApplicable` as never }) as unknown as boolean;
  return (
    <>
      <label className="checkbox">
        <input type="checkbox" id={fieldId(`${base}.notApplicable`)} {...register(`${base}.notApplicable` as never)} /> {t('field.notApplicable')}
      </label>
      {checked ? <LabelledInput path={`${base}.reason`} label={t('field.notApplicableReason')} /> : null}
    </>
  );
}

export function TextOrNaWidget({ fieldKey }: WidgetProps) {
  const { t } = useTranslations();
  const base = `answers.${fieldKey}`;
  return (
    <FieldFrame fieldKey={fieldKey} mode="group">
      <LabelledInput path={`${base}.text`} label={t('field.text')} multiline />
      <NotApplicable base={base} />
    </FieldFrame>
  );
}

export function PeriodWidget({ fieldKey, allowNA }: WidgetProps & { allowNA?: boolean }) {
  const { t } = useTranslations();
  const base = `answers.${fieldKey}`;
  return (
    <FieldFrame fieldKey={fieldKey} mode="group">
      <div className="row">
        <LabelledInput path={`${base}.from`} label={t('field.period.from')} type="date" />
        <LabelledInput path={`${base}.to`} label={t('field.period.to')} type="date" />
      </div>
      {allowNA ? <NotApplicable base={base} /> : null}
    </FieldFrame>
  );
}

/** Fixed values to tick, each with its words; the first box carries the answer's id, so that a link to it lands there. */
function TickList({ fieldKey, options }: WidgetProps & { options: { value: string; label: ReactNode }[] }) {
  const { register } = useFormContext();
  const base = `answers.${fieldKey}`;
  return (
    <ul className="checklist">
      {options.map(({ value, label }, i) => (
        <li key={value}>
          <label className="checkbox">
            <input type="checkbox" value={value} id={i === 0 ? fieldId(`${base}.0`) : undefined} {...register(base as never)} /> {label}
          </label>
        </li>
      ))}
    </ul>
  );
}

/** Citations to tick from one of the instrument's choice sets (the purposes of 40(3)). */
export function ChoicesWidget({ fieldKey }: WidgetProps) {
  const { t, td, cite } = useTranslations();
  const { instrument } = useDraftContext();
  const { set, citations } = choicesFor(instrument, fieldKey);
  const options = citations.map((c) => ({
    value: c, label: <><span className="cite">{cite(c)}</span> {td(`catalogue:instruments.${instrument}.choiceSets.${set}.${c}`)}</>,
  }));
  return (
    <FieldFrame fieldKey={fieldKey} mode="group">
      {set === 'purposes' ? <p className="muted">{t('field.purposesHint')}</p> : null}
      <TickList fieldKey={fieldKey} options={options} />
    </FieldFrame>
  );
}

/** Categories of data to tick, their words the tool's own in every language, so that they need no translation. */
export function DataCategoriesWidget({ fieldKey }: WidgetProps) {
  const { t, td } = useTranslations();
  return (
    <FieldFrame fieldKey={fieldKey} mode="group">
      <p className="muted">{t('field.dataCategoriesHint')}</p>
      <TickList fieldKey={fieldKey} options={dataCategoryIds.map((id) => ({ value: id, label: td(`terms:dataCategories.${id}`) }))} />
    </FieldFrame>
  );
}

export function UrgencyWidget({ fieldKey }: WidgetProps) {
  const { t, td } = useTranslations();
  const { register } = useFormContext();
  const base = `answers.${fieldKey}`;
  return (
    <FieldFrame fieldKey={fieldKey} mode="group">
      <div className="sub-field">
        <label htmlFor={fieldId(`${base}.level`)}>{t('field.urgency.level')}</label>
        <select id={fieldId(`${base}.level`)} {...register(`${base}.level` as never)}>
          {urgencyLevels.map((l) => <option key={l} value={l}>{td(`terms:urgencyLevels.${l}`)}</option>)}
        </select>
      </div>
      <LabelledInput path={`${base}.deadline`} label={t('field.urgency.deadline')} type="date" />
      <LabelledInput path={`${base}.reason`} label={t('field.urgency.reason')} multiline />
    </FieldFrame>
  );
}
