import { readFileSync, statSync } from 'node:fs';
import { maxRequestBytes, parseRequestText, tooLargeFailure, type TextParseResult } from '../core/request/parse-request-text';

export type FileResult = TextParseResult | { ok: false; code: 'unreadable'; params: { message: string } };

/**
 * Reads one file into a request, or a reason it is not one. Never throws. Synchronous on purpose: the CLI
 * reads one file after another, and waiting on the thread pool for each cost more than the checking.
 */
export async function readRequestFile(file: string): Promise<FileResult> {
  let text: string;
  try {
    const info = statSync(file);
    if (info.size > maxRequestBytes) return tooLargeFailure();
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return { ok: false, code: 'unreadable', params: { message: (err as NodeJS.ErrnoException).code ?? String(err) } };
  }
  return parseRequestText(text);
}
