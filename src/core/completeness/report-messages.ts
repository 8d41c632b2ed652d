import type { CompletenessReport, ElementStatus, ReportIssue } from './report-types';

/** Any i18next-like `t`; kept abstract so core code has no i18n dependency. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export const elementTextKey = (instrument: string, citation: string) => `catalogue:instruments.${instrument}.elements.${citation}`;
export const fieldLabelKey = (field: string) => `catalogue:fields.${field}`;

export function issueMessage(t: Translate, issue: ReportIssue): string {
  const params = { ...issue.params };
  if (issue.code === 'detailMissing' && typeof params.field === 'string') {
    return t('check.codes.detailMissing', { field: t(fieldLabelKey(params.field)) });
  }
  if (issue.code === 'translationMissing' && typeof params.field === 'string') {
    return t('check.codes.translationMissing', { field: t(fieldLabelKey(params.field)), lang: t(`lang.${params.lang}`) });
  }
  return t(`check.codes.${issue.code}`, params);
}

export function missingReason(t: Translate, el: ElementStatus): string {
  return t(`check.codes.${el.code ?? 'missing'}`);
}

/** The portable list of gaps, as the CLI's --json prints it and the PDF will mark it. */
export function reportEntries(t: Translate, report: CompletenessReport) {
  const missing = report.elements
    .filter((e) => e.state === 'missing')
    .map((e) => ({
      article: e.citation,
      path: e.path,
      message: t(elementTextKey(report.instrument, e.citation)),
      reason: missingReason(t, e),
      code: e.code ?? 'missing',
    }));
  const toEntry = (i: ReportIssue) => ({ article: i.citation ?? null, path: i.path, message: issueMessage(t, i), code: i.code });
  return {
    missing,
    errors: report.issues.filter((i) => i.severity === 'error').map(toEntry),
    warnings: report.issues.filter((i) => i.severity === 'warning').map(toEntry),
  };
}
