/** What a walk over JSON text finds that JSON.parse hides or cannot refuse. */
export type ScanFinding =
  | { code: 'tooDeep' }
  | { code: 'forbiddenKey'; key: string; path: string }
  | { code: 'duplicateKey'; key: string; path: string };

export const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);
export const ws = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

interface Frame {
  object: boolean;
  keys: Set<string>;
  /** The key of the member being read, or the index of the item. */
  at: string;
  index: number;
  expectKey: boolean;
}

/** End of the string starting at the quote `start`: the index after its closing quote. */
export function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q === -1) return text.length;
    let backslashes = 0;
    for (let j = q - 1; text.charCodeAt(j) === 0x5c; j--) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    i = q + 1;
  }
}

/**
 * One pass over text that JSON.parse has accepted: a key repeated in one object (JSON.parse silently keeps
 * the last; a reviewer could be shown the first), a key that reaches object prototypes, nesting deeper than
 * the limit. Iterative, so no file can exhaust the stack.
 */
export function scanJsonText(text: string, maxDepth: number): ScanFinding | null {
  const stack: Frame[] = [];
  // The path of the object being read: its parents' keys and indexes.
  const pathOf = () => stack.slice(0, -1).map((f) => f.at).join('.');
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (ws(c)) continue;
    const top = stack[stack.length - 1];
    if (c === 0x7b || c === 0x5b) {
      // { or [
      if (stack.length >= maxDepth) return { code: 'tooDeep' };
      stack.push({ object: c === 0x7b, keys: new Set(), at: '', index: 0, expectKey: c === 0x7b });
      if (c === 0x5b) stack[stack.length - 1]!.at = '0';
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
    } else if (c === 0x2c) {
      // ,
      if (top?.object) top.expectKey = true;
      else if (top) top.at = String(++top.index);
    } else if (c === 0x22) {
      const end = stringEnd(text, i);
      if (top?.object && top.expectKey) {
        const raw = text.slice(i, end);
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (forbiddenKeys.has(key)) return { code: 'forbiddenKey', key, path: pathOf() };
        if (top.keys.has(key)) return { code: 'duplicateKey', key, path: pathOf() };
        top.keys.add(key);
        top.at = key;
        top.expectKey = false;
      }
      i = end - 1;
    }
    // Colons, numbers, true, false, null: nothing to learn.
  }
  return null;
}
