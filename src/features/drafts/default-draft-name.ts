import type { Translate } from '../../core/completeness/report-messages';
import { isControl } from '../../core/printable/printable-text';
import type { RequestData } from '../../core/request/request-schema';
import { maxRecordName } from '../../lib/record-store';

const text = (v: unknown) => (typeof v === 'string' ? [...v].filter((ch) => !isControl(ch)).join('').replace(/\s+/g, ' ').trim() : '');

/**
 * The name a draft goes by until the user names it: its kind, the requested State and its reference, as far
 * as they are given ("Request for expedited preservation… – Kingdom of Nordvik – PPS/CYB/2026/0417").
 */
export function defaultDraftName(request: RequestData, td: Translate): string {
  const answers = request.answers as Record<string, unknown>;
  const parts = [td(`catalogue:instruments.${request.instrument}.kinds.${request.kind}`), text(answers.requestedState), text(answers.reference)];
  return parts.filter(Boolean).join(' – ').slice(0, maxRecordName);
}
