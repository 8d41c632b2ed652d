import { maxRequestBytes, parseRequestText, type TextParseResult } from '../../core/request/parse-request-text';

/** Reads a dropped or chosen file into a request; on any failure nothing is created or changed. */
export async function importDraftFile(file: File): Promise<TextParseResult> {
  if (file.size > maxRequestBytes) return { ok: false, code: 'tooLarge', params: { max: '5 MB' } };
  return parseRequestText(await file.text());
}
