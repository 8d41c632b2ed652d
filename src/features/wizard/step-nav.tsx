import { useTranslation } from 'react-i18next';
import { answerStandings } from '../../core/document/document-model';
import type { WizardStep } from './build-steps';
import { useLiveReport, useLiveValues } from './use-live-report';

interface Props {
  steps: WizardStep[];
  current: number;
  onSelect: (index: number) => void;
}

/** The progress indicator: every step, where the user is, and which steps still lack something. */
export function StepNav({ steps, current, onSelect }: Props) {
  const { t } = useTranslation();
  const report = useLiveReport();
  const standing = answerStandings(useLiveValues(), report);
  // A step with a missing answer, a detail not given (the signatory, say) or one that breaks a rule is never shown as complete.
  const detailsNotGiven = new Set(report.issues.filter((i) => i.code === 'detailMissing').map((i) => i.path.split('.')[1]));
  const incomplete = (field: string) => standing[field] === 'missing' || standing[field] === 'invalid' || detailsNotGiven.has(field);
  return (
    <nav aria-label={t('wizard.steps')} className="step-nav">
      <ol>
        {steps.map((step, i) => {
          const done = step.id === 'review' ? report.complete : !step.fields.some(incomplete);
          return (
            <li key={step.id} className={i === current ? 'current' : undefined}>
              <button type="button" aria-current={i === current ? 'step' : undefined} onClick={() => onSelect(i)}>
                <span className="step-number">{i + 1}</span> {t(`sections.${step.id}` as 'sections.review')}
                <span className={done ? 'step-done' : 'step-todo'}>
                  <span aria-hidden="true">{done ? ' ✓' : ' •'}</span>
                  <span className="visually-hidden"> ({t(done ? 'wizard.stepComplete' : 'wizard.stepIncomplete')})</span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
