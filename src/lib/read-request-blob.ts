import { maxRequestBytes, parseRequestBytes, tooLargeFailure, type TextParseResult } from '../core/request/parse-request-text';

/**
 * A chosen or dropped file to a request, or the reason it is not one; a huge file is refused unread. The
 * bytes go through the same decoding as the CLI's (a byte-order mark accepted, invalid UTF-8 refused), and
 * a file the browser cannot read is a reason too, never an exception.
 */
export async function readRequestBlob(file: Blob): Promise<TextParseResult | { ok: false; code: 'unreadable'; params: { message: string } }> {
  if (file.size > maxRequestBytes) return tooLargeFailure();
  try {
    return parseRequestBytes(new Uint8Array(await file.arrayBuffer()));
  } catch (err) {
    return { ok: false, code: 'unreadable', params: { message: err instanceof Error ? err.message : String(err) } };
  }
}
