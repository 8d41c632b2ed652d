import { readFile, stat } from 'node:fs/promises';
import { parseRequest, type ParseResult } from '../core/request/parse-request';

export const maxFileBytes = 5 * 1024 * 1024;

export type FileResult =
  | ParseResult
  | { ok: false; code: 'unreadable'; params: { message: string } }
  | { ok: false; code: 'notJson'; params: { message: string } }
  | { ok: false; code: 'tooLarge'; params: { max: string } };

/** Reads one file into a request, or a reason it is not one. Never throws. */
export async function readRequestFile(file: string): Promise<FileResult> {
  let text: string;
  try {
    const info = await stat(file);
    if (info.size > maxFileBytes) return { ok: false, code: 'tooLarge', params: { max: '5 MB' } };
    text = await readFile(file, 'utf8');
  } catch (err) {
    return { ok: false, code: 'unreadable', params: { message: (err as NodeJS.ErrnoException).code ?? String(err) } };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    // One line, short: the parser quotes the file's text, which may hold newlines or be huge.
    const message = (err as Error).message.replace(/\s+/g, ' ').slice(0, 160);
    return { ok: false, code: 'notJson', params: { message } };
  }
  return parseRequest(raw);
}
