import type { ReactElement } from 'react';
import type { FieldType } from '../../../core/catalogue/catalogue-types';
import { getField } from '../../../core/catalogue/catalogue';
import {
  ChoicesWidget, ContactWidget, DataCategoriesWidget, CustodianWidget, PeriodWidget, TextOrNaWidget, UrgencyWidget,
} from './group-widgets';
import { IdentifiersWidget, OffencesWidget } from './list-widgets';
import { multilineTextFields } from './ui-hints';
import { AffirmationWidget, DateWidget, NumberWidget, TextWidget, YesNoWidget } from './simple-widgets';

/** How each answer type is shown: the UI half of the catalogue's data (rjsf's "uiSchema"). */
const widgets: Record<FieldType, (key: string) => ReactElement> = {
  text: (k) => <TextWidget fieldKey={k} multiline={multilineTextFields.has(k)} />,
  longText: (k) => <TextWidget fieldKey={k} multiline />,
  date: (k) => <DateWidget fieldKey={k} />,
  dateTime: (k) => <DateWidget fieldKey={k} withTime />,
  number: (k) => <NumberWidget fieldKey={k} />,
  yesNo: (k) => <YesNoWidget fieldKey={k} />,
  affirmation: (k) => <AffirmationWidget fieldKey={k} />,
  textOrNA: (k) => <TextOrNaWidget fieldKey={k} />,
  periodOrNA: (k) => <PeriodWidget fieldKey={k} allowNA />,
  period: (k) => <PeriodWidget fieldKey={k} />,
  choices: (k) => <ChoicesWidget fieldKey={k} />,
  offences: (k) => <OffencesWidget fieldKey={k} />,
  identifiers: (k) => <IdentifiersWidget fieldKey={k} />,
  contact: (k) => <ContactWidget fieldKey={k} />,
  custodian: (k) => <CustodianWidget fieldKey={k} />,
  urgency: (k) => <UrgencyWidget fieldKey={k} />,
  dataCategories: (k) => <DataCategoriesWidget fieldKey={k} />,
};

export function WidgetForField({ fieldKey }: { fieldKey: string }) {
  return widgets[getField(fieldKey).type](fieldKey);
}
