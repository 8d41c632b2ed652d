import { z } from 'zod';
import { requestSchemaFor, type RequestData } from '../request/request-schema';
import { checkRequest } from './check-request';

/**
 * The request schema plus the Convention's rules, as Zod issues at the paths of the answers concerned.
 * Used by the form's resolver, so "Next" and the completeness panel can never disagree.
 * Warnings are left to the panel: they never block a step.
 */
export function completenessSchemaFor(kind: string, instrumentId?: string) {
  return requestSchemaFor(kind, instrumentId).superRefine((request, ctx) => {
    const report = checkRequest(request as RequestData);
    for (const m of report.missingAnswers) {
      ctx.addIssue({ code: 'custom', path: m.path.split('.'), message: m.code, params: { citations: m.citations } });
    }
    for (const issue of report.issues.filter((i) => i.severity === 'error')) {
      ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.code, params: issue.params });
    }
  });
}

export type CompletenessSchema = ReturnType<typeof completenessSchemaFor>;
export type FormInput = z.input<CompletenessSchema>;
