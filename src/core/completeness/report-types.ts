/** The completeness report: a pure description of a request, shared by the panel, the review step, the CLI and the PDF. */
export type ElementState = 'complete' | 'missing' | 'not-applicable' | 'not-required';

export interface ElementStatus {
  citation: string;
  list: string;
  state: ElementState;
  /** Form path of the answer to fix first (`answers.factsSummary.text`). */
  path: string;
  /** Message key below `check.codes` when missing; reason key when not required. */
  code?: string;
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
