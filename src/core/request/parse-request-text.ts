import { parseRequest, type ParseResult } from './parse-request';

export const maxRequestBytes = 5 * 1024 * 1024;
export const maxNesting = 64;
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

export type TextParseResult =
  | ParseResult
  | { ok: false; code: 'notJson' | 'tooLarge' | 'tooDeep' | 'forbiddenKey'; params: Record<string, string> };

/** Deepest nesting of arrays and objects, counted outside strings, before anything is parsed. */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/**
 * Untrusted text (an imported file, a file given to the CLI) to a request, or the one reason it is not one.
 * Refuses what could hurt before parsing: huge files, deep nesting, keys that reach object prototypes.
 */
export function parseRequestText(text: string): TextParseResult {
  if (text.length > maxRequestBytes) return { ok: false, code: 'tooLarge', params: { max: '5 MB' } };
  if (nestingDepth(text) > maxNesting) return { ok: false, code: 'tooDeep', params: { max: String(maxNesting) } };
  let forbidden = '';
  let raw: unknown;
  try {
    raw = JSON.parse(text, (key, value: unknown) => {
      if (forbiddenKeys.has(key)) forbidden = key;
      return value;
    });
  } catch (err) {
    // One short line: the parser quotes the file's text, which may hold newlines or be huge.
    return { ok: false, code: 'notJson', params: { message: (err as Error).message.replace(/\s+/g, ' ').slice(0, 160) } };
  }
  if (forbidden) return { ok: false, code: 'forbiddenKey', params: { key: forbidden } };
  return parseRequest(raw);
}
