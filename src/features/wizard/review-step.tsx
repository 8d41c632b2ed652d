import { Verdict } from '../../components/completeness-report/verdict';
import { UserText } from '../../components/user-text/user-text';
import { citationsForField, fieldLabelKey } from '../../core/catalogue/catalogue';
import { answerStandings } from '../../core/document/document-model';
import { answerInLanguage } from '../../core/translation/answer-in-language';
import { useTranslations } from '../../i18n/use-translations';
import type { WizardStep } from './build-steps';
import { useDraftContext } from './field-context';
import { useLiveReport, useLiveValues } from './use-live-report';

interface Props {
  steps: WizardStep[];
  onEdit: (stepIndex: number) => void;
}

/**
 * The whole request before any document is made: missing answers are marked MISSING, never left blank or
 * filled; the verdict, errors and warnings are the panel's, word for word; the user's words show as they
 * will print, invisible controls included.
 */
export function ReviewStep({ steps, onEdit }: Props) {
  const { t, td, cite } = useTranslations();
  const { instrument, kind } = useDraftContext();
  const values = useLiveValues();
  const report = useLiveReport();
  const standing = answerStandings(values, report);
  return (
    <div className="review">
      <p>{t('review.intro')}</p>
      <Verdict report={report} className={report.complete ? 'review-ready' : 'review-missing'} />
      {report.issues.length ? <p><a href="#final-check">{t('review.toFinalCheck')}</a></p> : null}
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
                const { text } = answerInLanguage(values, key, values.language, td);
                const cites = citationsForField(instrument, kind, key);
                const missing = standing[key] === 'missing';
                return (
                  <div key={key} className="review-row">
                    <dt>{td(fieldLabelKey(instrument, kind, key))} {cites.map((c) => <span key={c} className="cite">{cite(c)}</span>)}</dt>
                    <dd>
                      {missing ? <strong className="missing-mark">{t('review.missingMark')}</strong> : null}
                      {standing[key] === 'invalid' ? <strong className="missing-mark">{t('review.errorMark')}</strong> : null}
                      {text ? <span className="review-value"><UserText text={text} /></span> : !missing ? <span className="muted">{t('review.notGiven')}</span> : null}
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
