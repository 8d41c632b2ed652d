import { forbiddenKeys, stringEnd, ws } from './json-text-scan';

/** How many keys the text holds: its strings followed by a colon (in JSON, only a key is). */
function keysInText(text: string): number {
  let keys = 0;
  for (let i = text.indexOf('"'); i !== -1; ) {
    let j = stringEnd(text, i);
    while (ws(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) === 0x3a) keys++;
    i = text.indexOf('"', j);
  }
  return keys;
}

/** How many keys a parsed value holds, or -1 when one is forbidden or it nests deeper than the limit. */
function keysInValue(value: unknown, depth: number, maxDepth: number): number {
  if (!value || typeof value !== 'object') return 0;
  if (depth > maxDepth) return -1;
  let keys = 0;
  if (Array.isArray(value)) {
    for (const item of value) {
      const inner = keysInValue(item, depth + 1, maxDepth);
      if (inner < 0) return -1;
      keys += inner;
    }
    return keys;
  }
  for (const key in value) {
    if (forbiddenKeys.has(key)) return -1;
    const inner = keysInValue((value as Record<string, unknown>)[key], depth + 1, maxDepth);
    if (inner < 0) return -1;
    keys += inner + 1;
  }
  return keys;
}

/**
 * Whether text that JSON.parse turned into `parsed` is clean, told by counting instead of remembering every
 * key: a key given twice leaves the parsed value with fewer keys than the text. Cheaper than the scan of
 * json-text-scan.ts (no set of keys per object, no key copied), which is run only when this cannot say
 * "clean", to find what is wrong and where. For runs over many files (the CLI); the browser reads one file
 * at a time and does without it.
 */
export function isCleanJson(text: string, parsed: unknown, maxDepth: number): boolean {
  const keys = keysInValue(parsed, 1, maxDepth);
  return keys >= 0 && keys === keysInText(text);
}
