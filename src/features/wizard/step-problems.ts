import { fieldLabelKey } from '../../core/catalogue/catalogue';
import { codeMessage, issueMessage, partWords, type Translate } from '../../core/completeness/report-messages';
import type { CompletenessReport } from '../../core/completeness/report-types';

export interface StepProblem {
  path: string;
  /** The field's label, and the part of it where the problem is (identifier 3, time zone). */
  field: string;
  /** The rule broken, in words ("at most 64 characters: 72 given"). */
  message: string;
}

/**
 * What keeps a step from being done, one line per field: its label and the rule it breaks, so that the list
 * says what to fix without looking for it. From the checker with the form's limits (`validate`).
 */
export function stepProblems(report: CompletenessReport, fields: readonly string[], td: Translate): StepProblem[] {
  const where = { instrument: report.instrument, kind: report.kind };
  const fieldOf = (path: string) => path.split('.')[1] ?? '';
  const label = (path: string) => {
    const field = fieldOf(path);
    const sub = path.split('.').slice(2).join('.');
    return `${td(fieldLabelKey(where.instrument, where.kind, field))}${sub ? ` (${partWords(td, sub)})` : ''}`;
  };
  const problems: StepProblem[] = [
    ...report.issues.filter((i) => i.severity === 'error').map((i) => ({ path: i.path, field: label(i.path), message: issueMessage(td, i, where) })),
    ...report.missingAnswers.map((m) => ({ path: m.path, field: label(m.path), message: codeMessage(td, m.code, {}, where) })),
  ].filter((p) => fields.includes(fieldOf(p.path)));
  // One line per field: its first problem (a wrong value before a missing part).
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(fieldOf(p.path)) && seen.add(fieldOf(p.path)));
}
