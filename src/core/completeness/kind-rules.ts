import { getKind } from '../catalogue/catalogue';
import { dayNumber, isIsoDay, isoOfDay } from '../dates/iso-date';
import type { RequestData } from '../request/request-schema';
import type { ReportIssue } from './report-types';

const answerPath = (key: string) => `answers.${key}`;


/** The catalogue's rules of a kind, as issues: the law says what, here is only how each type of rule reads. */
export function kindRuleIssues(request: RequestData, today: string): ReportIssue[] {
  const answers = request.answers as Record<string, unknown>;
  const purposes = Array.isArray(answers.assistancePurposes) ? answers.assistancePurposes.map(String) : [];
  const issues: ReportIssue[] = [];
  for (const rule of getKind(request.instrument, request.kind).rules) {
    if (rule.type === 'minimumDays') {
      const days = answers[rule.answer];
      if (typeof days === 'number' && Number.isFinite(days) && days < rule.min) {
        issues.push({ severity: 'warning', code: 'preservationTooShort', path: answerPath(rule.answer), citation: rule.citation, params: { days, min: rule.min } });
      }
    } else if (rule.type === 'purposeNeedsKind') {
      for (const purpose of rule.purposes.filter((p) => purposes.includes(p))) {
        issues.push({
          severity: 'error', code: rule.kind ? 'purposeNeedsKind' : 'purposeNeedsOwnRequest', path: answerPath('assistancePurposes'),
          citation: purpose, params: { purpose, article: rule.citation, ...(rule.kind ? { kind: rule.kind } : {}) },
        });
      }
    } else if (rule.type === 'periodStillRunning') {
      // Asked after the period has run (42(9): an extension is asked before it ends): the data may be gone.
      const start = answers[rule.start];
      const days = answers[rule.days];
      const asked = isIsoDay(answers.requestDate) ? answers.requestDate : today;
      if (isIsoDay(start) && typeof days === 'number' && Number.isFinite(days) && isIsoDay(asked) && dayNumber(asked) > dayNumber(start) + days) {
        issues.push({ severity: 'error', code: 'periodRunOut', path: answerPath(rule.start), citation: rule.citation, params: { end: isoOfDay(dayNumber(start) + days), date: asked } });
      }
    } else if (rule.type === 'purposeExpected') {
      if (!rule.purposes.some((p) => purposes.includes(p))) {
        issues.push({ severity: 'error', code: 'purposeExpected', path: answerPath('assistancePurposes'), citation: rule.citation, params: { purpose: rule.purposes.join(', ') } });
      }
    }
  }
  return issues;
}
