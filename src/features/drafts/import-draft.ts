import { parseRequest, type ParseFailure } from '../../core/request/parse-request';
import type { RequestData } from '../../core/request/request-schema';

export const maxImportBytes = 5 * 1024 * 1024;

export type ImportResult =
  | { ok: true; request: RequestData }
  | { ok: false; code: ParseFailure['code'] | 'notJson' | 'tooLarge'; params: Record<string, string> };

/** Reads a dropped or chosen file into a request; on any failure nothing is created or changed. */
export async function importDraftFile(file: File): Promise<ImportResult> {
  if (file.size > maxImportBytes) return { ok: false, code: 'tooLarge', params: { max: '5 MB' } };
  let raw: unknown;
  try {
    raw = JSON.parse(await file.text());
  } catch (err) {
    return { ok: false, code: 'notJson', params: { message: (err as Error).message.replace(/\s+/g, ' ').slice(0, 160) } };
  }
  return parseRequest(raw);
}
