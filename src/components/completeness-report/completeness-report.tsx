import type { ReactNode } from 'react';
import { useTranslations } from '../../i18n/use-translations';
import { fieldLabelKey, getInstrument } from '../../core/catalogue/catalogue';
import { elementReason } from '../../core/completeness/report-messages';
import type { CompletenessReport as Report, ElementState } from '../../core/completeness/report-types';
import { UserText } from '../user-text/user-text';
import { ReportIssues } from './report-issues';
import { Verdict } from './verdict';

const stateIcon: Record<ElementState, string> = { complete: '✓', missing: '✗', invalid: '!', 'not-applicable': '–', 'not-required': '–' };

interface Props {
  report: Report;
  /** Where a citation leads; without it (a file being checked) citations are plain text. */
  onJump?: (path: string) => void;
  /** Heading level of the panel title, so it fits the page outline where it is used. */
  headingLevel?: 2 | 3;
}

/** Every element of the applicable lists with its state; a missing one is one click away. Used in drafting and checking. */
export function CompletenessReport({ report, onJump, headingLevel = 2 }: Props) {
  const jumpTo = (path: string, label: string, content: ReactNode, ariaLabel?: string) => onJump
    ? <button type="button" className="link-button" onClick={() => onJump(path)} aria-label={ariaLabel}>{content}</button>
    : <span title={label}>{content}</span>;
  const { t, td, cite, i18n } = useTranslations();
  const H = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const ns = `catalogue:instruments.${report.instrument}`;
  const where = { instrument: report.instrument, kind: report.kind };
  const lists = [...new Set(report.elements.map((e) => e.list))];
  const authentic = (getInstrument(report.instrument).verbatimLanguages as string[]).includes(i18n.language);
  const percent = report.total ? Math.round((report.satisfied / report.total) * 100) : 100;

  return (
    <section className="completeness" aria-labelledby="completeness-title">
      <H id="completeness-title">{t('panel.title')}</H>
      <p aria-live="polite" className="completeness-progress">
        <progress max={report.total} value={report.satisfied} aria-label={t('panel.title')} />{' '}
        {t('panel.progress', { satisfied: report.satisfied, total: report.total })} ({percent}%)
      </p>
      <Verdict report={report} className="panel-verdict" />
      {lists.map((list) => (
        <div key={list}>
          <Sub className="completeness-list-heading">
            <span className="cite-text">{cite(list)}</span> <span className="muted">{td(`${ns}.lists.${list}`)}</span>
          </Sub>
          <ul className="completeness-elements">
            {report.elements.filter((e) => e.list === list).map((e) => (
              <li key={e.citation} className={`state-${e.state}`}>
                <span aria-hidden="true" className="state-icon">{stateIcon[e.state]}</span>
                {jumpTo(e.path, e.citation, <strong>{cite(e.citation)}</strong>, `${t('panel.goTo', { citation: cite(e.citation) })}: ${t(`panel.states.${e.state}`)}`)}{' '}
                <span className="state-label">{t(`panel.states.${e.state}`)}</span>
                {e.warnings ? <span className="state-warnings"> {t('panel.withWarnings', { count: e.warnings })}</span> : null}
                <span className="element-text">{td(`${ns}.elements.${e.citation}`)}</span>
                {(e.state === 'missing' && e.code && e.code !== 'missing') || e.state === 'invalid' || e.state === 'not-required'
                  ? <span className="why">{elementReason(td, e, where)}</span> : null}
                {e.state === 'not-applicable' && e.reason ? <span className="why"><UserText text={td('terms:notApplicableBecause', { reason: e.reason })} /></span> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <ReportIssues report={report} onJump={onJump} headingLevel={headingLevel + 1 as 3 | 4} withDetails={false} />
      <Sub>{t('panel.details')}</Sub>
      <ul className="completeness-details">
        {report.details.map((d) => (
          <li key={d.field} className={d.state === 'missing' ? 'state-not-given' : 'state-complete'}>
            <span aria-hidden="true" className="state-icon">{d.state === 'complete' ? '✓' : '○'}</span>
            <span>
              {jumpTo(d.path, d.field, td(fieldLabelKey(report.instrument, report.kind, d.field)))}{' '}
              <span className="state-label">{d.state === 'missing' ? t('panel.detailNotGiven') : t('panel.states.complete')}</span>
              {d.basis ? <span className="muted"> ({d.basis})</span> : null}
            </span>
          </li>
        ))}
      </ul>
      {authentic ? null : <p className="notice">{td(`${ns}.renderingNotice`)}</p>}
    </section>
  );
}
