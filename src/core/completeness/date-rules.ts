import { dayNumber } from '../dates/iso-date';
import type { RequestData } from '../request/request-schema';
import type { ReportIssue } from './report-types';

/** How far from today a request's date may be before it is worth a second look: plausibility, not law. */
export const datePlausibility = { pastDays: 365, futureDays: 30 };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const str = (v: unknown) => (typeof v === 'string' && isoDate.test(v.trim()) ? v.trim() : '');

/**
 * Dates that contradict each other or today: a deadline before the request is dated is an error; a deadline
 * already past, or a request dated far from today, is a warning. `today` is given (the checker has no clock).
 */
export function dateIssues(request: RequestData, today: string): ReportIssue[] {
  const answers = request.answers as Record<string, unknown>;
  const issues: ReportIssue[] = [];
  const date = str(answers.requestDate);
  const urgency = answers.urgency && typeof answers.urgency === 'object' ? (answers.urgency as Record<string, unknown>) : {};
  const deadline = str(urgency.deadline);
  const now = str(today) ? dayNumber(today) : null;
  if (date && now !== null) {
    const days = dayNumber(date) - now;
    if (days > datePlausibility.futureDays) {
      issues.push({ severity: 'warning', code: 'requestDateFuture', path: 'answers.requestDate', params: { date, today } });
    } else if (-days > datePlausibility.pastDays) {
      issues.push({ severity: 'warning', code: 'requestDatePast', path: 'answers.requestDate', params: { date, today } });
    }
  }
  if (deadline && date && deadline < date) {
    issues.push({ severity: 'error', code: 'deadlineBeforeRequest', path: 'answers.urgency.deadline', citation: '40(26)', params: { deadline, date } });
  } else if (deadline && now !== null && dayNumber(deadline) < now) {
    issues.push({ severity: 'warning', code: 'deadlinePassed', path: 'answers.urgency.deadline', citation: '40(26)', params: { deadline, today } });
  }
  return issues;
}
