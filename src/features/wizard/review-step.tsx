import { useTranslations } from '../../i18n/use-translations';
import { useWatch } from 'react-hook-form';
import { citationsForField, getField } from '../../core/catalogue/catalogue';
import { formatAnswer } from '../../core/request/format-answer';
import type { RequestData } from '../../core/request/request-schema';
import type { WizardStep } from './build-steps';
import { useDraftContext } from './field-context';
import { useLiveReport } from './use-live-report';

interface Props {
  steps: WizardStep[];
  onEdit: (stepIndex: number) => void;
}

/** The whole request before any document is made: missing answers are marked MISSING, never left blank or filled. */
export function ReviewStep({ steps, onEdit }: Props) {
  const { t, td } = useTranslations();
  const { instrument, kind } = useDraftContext();
  const values = useWatch() as RequestData;
  const report = useLiveReport();
  const missingFields = new Set(report.missingAnswers.map((m) => m.field));
  const missingCount = report.elements.filter((e) => e.state === 'missing').length;
  const answers = values.answers as Record<string, unknown>;
  return (
    <div className="review">
      <p>{t('review.intro')}</p>
      <p className={report.complete ? 'review-ready' : 'review-missing'} role="status">
        {report.complete ? t('review.ready') : t('review.stillMissing', { count: missingCount })}
      </p>
      {steps.filter((s) => s.id !== 'review').map((step, index) => {
        const sectionName = t(`sections.${step.id}` as 'sections.review');
        return (
          <section key={step.id} aria-labelledby={`review-${step.id}`}>
            <h3 id={`review-${step.id}`}>
              {sectionName}{' '}
              <button type="button" className="secondary small" onClick={() => onEdit(index)}>{t('review.edit', { section: sectionName })}</button>
            </h3>
            <dl>
              {step.fields.map((key) => {
                const text = formatAnswer(getField(key).type, answers[key], td, instrument);
                const cites = citationsForField(instrument, kind, key);
                return (
                  <div key={key} className="review-row">
                    <dt>{td(`catalogue:fields.${key}`)} {cites.map((c) => <span key={c} className="cite">{c}</span>)}</dt>
                    <dd>
                      {missingFields.has(key) ? <strong className="missing-mark">{t('review.missingMark')}</strong> : null}
                      {text ? <span className="review-value">{text}</span> : !missingFields.has(key) ? <span className="muted">{t('review.notGiven')}</span> : null}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
