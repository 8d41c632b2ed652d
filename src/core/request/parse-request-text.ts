import { parseRequest, type ParseResult } from './parse-request';

export const maxRequestBytes = 5 * 1024 * 1024;
export const maxNesting = 64;
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** The refusal of a file too large to read, before it is read. */
export const tooLargeFailure = (): TextParseResult => ({ ok: false, code: 'tooLarge', params: { max: '5 MB' } });

export type TextParseResult =
  | ParseResult
  | { ok: false; code: 'notJson' | 'tooLarge' | 'tooDeep' | 'forbiddenKey'; params: Record<string, string> };

/**
 * One walk over parsed JSON (V8 parses any depth without recursion): the first key that reaches object
 * prototypes, or nesting deeper than the limit. Iterative, so a hostile file cannot exhaust the stack here.
 */
function inspect(root: unknown): { code: 'tooDeep' | 'forbiddenKey'; key?: string } | null {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    if (depth >= maxNesting) return { code: 'tooDeep' };
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item === 'object') stack.push([item, depth + 1]);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (forbiddenKeys.has(key)) return { code: 'forbiddenKey', key };
      const child = (value as Record<string, unknown>)[key];
      if (child && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return null;
}

/**
 * Untrusted text (an imported file, a file given to the CLI) to a request, or the one reason it is not one.
 * Refuses what could hurt before parsing: huge files, deep nesting, keys that reach object prototypes.
 */
export function parseRequestText(text: string): TextParseResult {
  if (text.length > maxRequestBytes) return tooLargeFailure();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    // One short line: the parser quotes the file's text, which may hold newlines or be huge.
    return { ok: false, code: 'notJson', params: { message: (err as Error).message.replace(/\s+/g, ' ').slice(0, 160) } };
  }
  const danger = inspect(raw);
  if (danger?.code === 'tooDeep') return { ok: false, code: 'tooDeep', params: { max: String(maxNesting) } };
  if (danger?.code === 'forbiddenKey') return { ok: false, code: 'forbiddenKey', params: { key: danger.key ?? '' } };
  return parseRequest(raw);
}
