import { readFileSync } from 'node:fs';
import { parseRequest } from '../src/core/request/parse-request';
import type { RequestData } from '../src/core/request/request-schema';

/** The day the examples are checked on: they are dated November 2026, and the checker has no clock. */
export const checkedOn = { today: '2026-11-22' };

/** A request file, parsed as any file is (a test fails if it is not a request). */
export function loadRequest(file: string): RequestData {
  const parsed = parseRequest(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.code}`);
  return parsed.request;
}
export const loadExample = (kind: string) => loadRequest(`examples/${kind}.json`);

/** The same request with some answers replaced. */
export const withAnswers = (r: RequestData, answers: Record<string, unknown>, more: Partial<RequestData> = {}): RequestData =>
  ({ ...r, ...more, answers: { ...r.answers, ...answers } } as RequestData);
