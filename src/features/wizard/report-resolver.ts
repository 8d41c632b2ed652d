import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import { checkRequest } from '../../core/completeness/check-request';
import type { RequestData } from '../../core/request/request-schema';

/** A field's message as RHF carries it: the checker's code with its params, read back by the field. */
export const encodeProblem = (code: string, params: Record<string, unknown> = {}) => JSON.stringify({ code, params });
export function decodeProblem(message: string): { code: string; params: Record<string, unknown> } {
  try {
    const parsed = JSON.parse(message) as { code?: unknown; params?: unknown };
    if (typeof parsed.code === 'string') return { code: parsed.code, params: (parsed.params ?? {}) as Record<string, unknown> };
  } catch {
    // Not one of ours: shown as a generic message.
  }
  return { code: 'invalidValue', params: {} };
}

/**
 * The form's validation is the checker itself, run with each answer's schema: "Next", the fields' messages
 * and the completeness panel read one report and can never disagree. Warnings never block a step.
 */
export function reportResolver(today: () => string): Resolver<RequestData> {
  return (values) => {
    const report = checkRequest(values, { today: today(), validate: true });
    const errors: FieldErrors<RequestData> = {};
    for (const m of report.missingAnswers) set(errors, m.path, { type: 'missing', message: encodeProblem(m.code) });
    for (const issue of report.issues) {
      if (issue.severity === 'error') set(errors, issue.path, { type: issue.code, message: encodeProblem(issue.code, issue.params) });
    }
    return Object.keys(errors).length ? { values: {}, errors } : { values, errors: {} };
  };
}
