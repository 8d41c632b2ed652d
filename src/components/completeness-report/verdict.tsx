import { verdictOf, type CompletenessReport } from '../../core/completeness/report-types';
import { useTranslations } from '../../i18n/use-translations';

/**
 * The one sentence on whether a request is ready, said the same way on every screen: "ready" only when
 * nothing is missing, wrong, or worth a warning.
 */
export function Verdict({ report, className }: { report: CompletenessReport; className?: string }) {
  const { t } = useTranslations();
  const v = verdictOf(report);
  const text = v.state === 'ready' ? t('verdict.ready')
    : v.state === 'readyWithWarnings' ? t('verdict.readyWithWarnings', { count: v.warnings })
      : [t('verdict.notReady'), v.missing ? t('verdict.missing', { count: v.missing }) : '', v.errors ? t('verdict.errors', { count: v.errors }) : '',
        v.warnings ? t('verdict.warnings', { count: v.warnings }) : ''].filter(Boolean).join(' ');
  return <p role="status" className={`verdict verdict-${v.state} ${className ?? ''}`}>{text}</p>;
}
