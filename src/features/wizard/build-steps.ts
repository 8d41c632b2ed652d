import { fieldKeysForKind, getField, sections } from '../../core/catalogue/catalogue';

export interface WizardStep {
  id: string;
  fields: string[];
}

/** Steps follow the catalogue: one per section that the kind asks something in, then the review. */
export function buildSteps(instrument: string, kind: string): WizardStep[] {
  const keys = fieldKeysForKind(instrument, kind);
  const steps = sections
    .map((id) => ({ id, fields: keys.filter((k) => getField(k).section === id) }))
    .filter((s) => s.fields.length > 0);
  return [...steps, { id: 'review', fields: [] }];
}

export function stepOfPath(steps: WizardStep[], path: string): number {
  const key = path.split('.')[1] ?? '';
  const index = steps.findIndex((s) => s.fields.includes(key));
  return index === -1 ? steps.length - 1 : index;
}
