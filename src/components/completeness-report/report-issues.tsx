import type { ReactNode } from 'react';
import { issueMessage } from '../../core/completeness/report-messages';
import type { CompletenessReport, ReportIssue } from '../../core/completeness/report-types';
import { useTranslations } from '../../i18n/use-translations';

interface Props {
  report: CompletenessReport;
  /** Where a citation leads; without it (a file being checked) citations are plain text. */
  onJump?: (path: string) => void;
  headingLevel: 3 | 4;
  /** Request details not given are listed apart, in the panel. */
  withDetails?: boolean;
  /** Only some issues (those about printing, or all others), under their own heading for warnings. */
  only?: (issue: ReportIssue) => boolean;
  warningsHeading?: string;
}

/** The report's errors and warnings, each with its citation (or the field) and a way to it. */
export function ReportIssues({ report, onJump, headingLevel, withDetails = true, only = () => true, warningsHeading }: Props) {
  const { t, td, cite } = useTranslations();
  const H = `h${headingLevel}` as 'h3' | 'h4';
  const where = { instrument: report.instrument, kind: report.kind };
  const shown = (i: ReportIssue) => (withDetails || i.code !== 'detailMissing') && only(i);
  const link = (i: ReportIssue): ReactNode => {
    const label = i.citation ? cite(i.citation) : '—';
    return onJump ? <button type="button" className="link-button" onClick={() => onJump(i.path)}>{label}</button> : <span>{label}</span>;
  };
  const groups = [
    ['errors', report.issues.filter((i) => i.severity === 'error' && shown(i))],
    ['warnings', report.issues.filter((i) => i.severity === 'warning' && shown(i))],
  ] as const;
  return (
    <>
      {groups.map(([kind, list]) => list.length > 0 && (
        <div key={kind}>
          <H>{kind === 'warnings' && warningsHeading ? warningsHeading : t(kind === 'errors' ? 'panel.errors' : 'panel.warnings')}</H>
          <ul className={`completeness-issues ${kind}`}>
            {list.map((i) => <li key={`${i.code}-${i.path}`}>{link(i)} {issueMessage(td, i, where)}</li>)}
          </ul>
        </div>
      ))}
    </>
  );
}
