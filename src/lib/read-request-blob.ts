import { maxRequestBytes, parseRequestText, tooLargeFailure, type TextParseResult } from '../core/request/parse-request-text';

/** A chosen or dropped file to a request, or the reason it is not one; a huge file is refused unread. */
export async function readRequestBlob(file: Blob): Promise<TextParseResult> {
  return file.size > maxRequestBytes ? tooLargeFailure() : parseRequestText(await file.text());
}
