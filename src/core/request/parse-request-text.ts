import { scanJsonText } from './json-text-scan';
import { parseRequest, type ParseResult, type SafeParse } from './parse-request';

export const maxRequestBytes = 5 * 1024 * 1024;
export const maxNesting = 64;

type TextFailureCode = 'notJson' | 'tooLarge' | 'tooDeep' | 'forbiddenKey' | 'duplicateKey' | 'invalidUtf8';
export type TextParseResult = ParseResult | { ok: false; code: TextFailureCode; params: Record<string, string | number> };

/**
 * Quicker ways to the same answers, for runs over many files (the CLI); a test holds each to the plain way.
 * The browser reads one file at a time and does without them. This tells that parsed text is clean (the scan
 * still says what is wrong); quick-accept.ts gives a quicker safeParse.
 */
export type CleanTest = (text: string, parsed: unknown, maxDepth: number) => boolean;

/** The refusal of a file too large to read, before or while it is read. */
export const tooLargeFailure = (): TextParseResult => ({ ok: false, code: 'tooLarge', params: { max: '5 MB' } });

/** Offset of the first byte that is not valid UTF-8 (the decoder says only that there is one). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, surrogates and code points past U+10FFFF.
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return i;
    i += need + 1;
  }
  return -1;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The bytes of a file (from the CLI or a file chosen in the browser) to a request, the one way both read
 * them: UTF-8 with or without a byte-order mark; anything else is refused with where it goes wrong, never
 * silently repaired.
 */
export function parseRequestBytes(bytes: Uint8Array, isClean?: CleanTest, safeParse?: SafeParse): TextParseResult {
  if (bytes.length > maxRequestBytes) return tooLargeFailure();
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, code: 'invalidUtf8', params: { offset: firstInvalidUtf8(bytes) } };
  }
  return parseRequestText(text, isClean, safeParse);
}

/**
 * Untrusted text to a request, or the one reason it is not one. Refuses what could hurt or mislead before the
 * values are read: huge text, deep nesting, keys that reach object prototypes, keys given twice.
 */
export function parseRequestText(text: string, isClean?: CleanTest, safeParse?: SafeParse): TextParseResult {
  if (text.length > maxRequestBytes) return tooLargeFailure();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    // One short line: the parser quotes the file's text, which may hold newlines or be huge.
    return { ok: false, code: 'notJson', params: { message: (err as Error).message.replace(/\s+/g, ' ').slice(0, 160) } };
  }
  const finding = isClean?.(body, raw, maxNesting) ? null : scanJsonText(body, maxNesting);
  if (finding?.code === 'tooDeep') return { ok: false, code: 'tooDeep', params: { max: maxNesting } };
  if (finding) return { ok: false, code: finding.code, params: { key: finding.key, path: finding.path || '(top level)' } };
  return parseRequest(raw, safeParse);
}
