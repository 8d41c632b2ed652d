import type { FieldType } from '../catalogue/catalogue-schema';

/** What the checker learns from one answer. Codes are message keys (`check.codes.*`), never prose. */
export type AnswerState = 'complete' | 'missing' | 'not-applicable';
export interface AnswerProblem {
  /** Path below the answer, e.g. `to` or `0.time`. */
  subPath?: string;
  code: string;
  severity: 'error' | 'warning';
  params?: Record<string, string | number>;
}
export interface AnswerEvaluation {
  state: AnswerState;
  /** Why it is missing, when more precise than "missing". */
  missingCode?: string;
  missingSubPath?: string;
  reason?: string;
  problems: AnswerProblem[];
}

type Rec = Record<string, unknown>;
const filled = (v: unknown): boolean => typeof v === 'string' && v.trim().length > 0;
const asRec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const asList = (v: unknown): Rec[] => (Array.isArray(v) ? v.map(asRec) : []);

const ok = (problems: AnswerProblem[] = []): AnswerEvaluation => ({ state: 'complete', problems });
const missing = (missingCode = 'missing', missingSubPath?: string, problems: AnswerProblem[] = []): AnswerEvaluation => ({
  state: 'missing', missingCode, missingSubPath, problems,
});

function evaluatePeriod(v: Rec, allowNA: boolean): AnswerEvaluation {
  if (allowNA && v.notApplicable === true) {
    return filled(v.reason) ? { state: 'not-applicable', reason: String(v.reason).trim(), problems: [] } : missing('naReasonMissing', 'reason');
  }
  const hasFrom = filled(v.from);
  const hasTo = filled(v.to);
  if (hasFrom && hasTo && String(v.to) < String(v.from)) {
    return ok([{ subPath: 'to', code: 'periodReversed', severity: 'error', params: { from: String(v.from), to: String(v.to) } }]);
  }
  if (hasFrom && hasTo) return ok();
  if (hasFrom || hasTo) return missing('periodIncomplete', hasFrom ? 'to' : 'from');
  return missing('missing', 'from');
}

export function evaluateAnswer(type: FieldType, value: unknown): AnswerEvaluation {
  switch (type) {
    case 'text':
    case 'longText':
    case 'date':
      return filled(value) ? ok() : missing();
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? ok() : missing();
    case 'yesNo':
      return value === 'yes' || value === 'no' ? ok() : missing('choiceMissing');
    case 'affirmation':
      return value === true ? ok() : missing('affirmationMissing');
    case 'textOrNA': {
      const v = asRec(value);
      if (filled(v.text)) return ok();
      if (v.notApplicable === true) {
        return filled(v.reason) ? { state: 'not-applicable', reason: String(v.reason).trim(), problems: [] } : missing('naReasonMissing', 'reason');
      }
      return missing('missing', 'text');
    }
    case 'periodOrNA':
      return evaluatePeriod(asRec(value), true);
    case 'period':
      return evaluatePeriod(asRec(value), false);
    case 'purposes':
      return Array.isArray(value) && value.length > 0 ? ok() : missing('purposesMissing');
    case 'offences': {
      const list = asList(value).filter((o) => filled(o.name));
      const problems: AnswerProblem[] = asList(value).flatMap((o, i) =>
        filled(o.name) && (!filled(o.provision) || !filled(o.maxPenalty))
          ? [{ subPath: `${i}.provision`, code: 'offenceDetailsMissing', severity: 'warning' as const, params: { n: i + 1 } }]
          : [],
      );
      return list.length > 0 ? ok(problems) : missing('offenceMissing', '0.name', problems);
    }
    case 'identifiers': {
      const items = asList(value);
      const problems: AnswerProblem[] = items.flatMap((id, i) =>
        id.type === 'ip' && filled(id.value) && (!filled(id.time) || !filled(id.timezone))
          ? [{ subPath: `${i}.time`, code: 'ipWithoutTime', severity: 'warning' as const, params: { n: i + 1, value: String(id.value) } }]
          : [],
      );
      return items.some((id) => filled(id.value)) ? ok(problems) : missing('identifierMissing', '0.value', problems);
    }
    case 'contact': {
      const v = asRec(value);
      if (!filled(v.name)) return missing('missing', 'name');
      return filled(v.email) || filled(v.phone) ? ok() : missing('contactMeansMissing', 'email');
    }
    case 'custodian': {
      const v = asRec(value);
      return filled(v.name) || filled(v.details) ? ok() : missing('missing', 'name');
    }
    case 'urgency': {
      const v = asRec(value);
      const level = typeof v.level === 'string' ? v.level : 'normal';
      if (level !== 'normal' && (!filled(v.deadline) || !filled(v.reason))) {
        return ok([{ subPath: filled(v.deadline) ? 'reason' : 'deadline', code: 'deadlineReasonMissing', severity: 'warning' }]);
      }
      return ok();
    }
  }
}
