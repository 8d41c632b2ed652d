/** The completeness report: a pure description of a request, shared by the panel, the review step, the CLI and the PDF. */
/** `invalid`: given, but an answer breaks a rule (a period that ends before it starts): never counted as complete. */
export type ElementState = 'complete' | 'missing' | 'invalid' | 'not-applicable' | 'not-required';

export interface ElementStatus {
  citation: string;
  list: string;
  state: ElementState;
  /** Form path of the answer to fix first (`answers.factsSummary.text`). */
  path: string;
  /** Message key below `check.codes` when missing or invalid; reason key when not required. */
  code?: string;
  params?: Record<string, string | number>;
  /** Warnings about the element's answers (an IP address without a time): complete, but worth a look. */
  warnings?: number;
  /** The user's own reason for "not possible / not applicable". */
  reason?: string;
}

export interface DetailStatus {
  field: string;
  basis?: string;
  state: 'complete' | 'missing';
  path: string;
}

export interface ReportIssue {
  severity: 'error' | 'warning';
  code: string;
  path: string;
  citation?: string;
  params?: Record<string, string | number>;
}

/** One answer that leaves an element missing: the form marks each of these, not only the first. */
export interface MissingAnswer {
  field: string;
  path: string;
  code: string;
  citations: string[];
}

export interface CompletenessReport {
  instrument: string;
  kind: string;
  complete: boolean;
  elements: ElementStatus[];
  details: DetailStatus[];
  issues: ReportIssue[];
  missingAnswers: MissingAnswer[];
  /** Elements satisfied (complete, not applicable with reason, or not required) out of all. */
  satisfied: number;
  total: number;
}

/**
 * What one can say of a report, the same everywhere (panel, review step, file check, CLI, PDF export):
 * `ready` only when nothing is missing, wrong or worth a warning.
 */
export interface Verdict {
  state: 'ready' | 'readyWithWarnings' | 'incomplete';
  missing: number;
  errors: number;
  warnings: number;
}

export function verdictOf(report: CompletenessReport): Verdict {
  const missing = report.elements.filter((e) => e.state === 'missing').length;
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  const warnings = report.issues.filter((i) => i.severity === 'warning').length;
  const state = !report.complete ? 'incomplete' : warnings > 0 ? 'readyWithWarnings' : 'ready';
  return { state, missing, errors, warnings };
}
