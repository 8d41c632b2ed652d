import { readFile, stat } from 'node:fs/promises';
import { maxRequestBytes, parseRequestText, type TextParseResult } from '../core/request/parse-request-text';

export type FileResult = TextParseResult | { ok: false; code: 'unreadable'; params: { message: string } };

/** Reads one file into a request, or a reason it is not one. Never throws. */
export async function readRequestFile(file: string): Promise<FileResult> {
  let text: string;
  try {
    const info = await stat(file);
    if (info.size > maxRequestBytes) return { ok: false, code: 'tooLarge', params: { max: '5 MB' } };
    text = await readFile(file, 'utf8');
  } catch (err) {
    return { ok: false, code: 'unreadable', params: { message: (err as NodeJS.ErrnoException).code ?? String(err) } };
  }
  return parseRequestText(text);
}
