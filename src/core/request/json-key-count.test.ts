import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCleanJson } from './json-key-count';
import { scanJsonText } from './json-text-scan';
import { parseRequestText } from './parse-request-text';

// Keys that collide (written plainly and escaped), reach prototypes, or hold quotes, colons and backslashes.
const key = fc.constantFrom('a', 'b', '\\u0061', '__proto__', 'constructor', 'prototype', 'x:y', '\\"q\\"', 'c\\\\', '');
const space = fc.constantFrom('', ' ', '\n  ', '\t');
const scalar = fc.oneof(fc.constantFrom('1', 'true', 'null', '"a"', '":"', '"\\\\"', '"{\\"a\\":1}"'), fc.string().map((s) => JSON.stringify(s)));

/** JSON text of any shape, keys given twice or not, nested up to 70 levels (the limit is 64). */
const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(fc.tuple(space, tie('value')), { maxLength: 4 }).map((items) => `[${items.map(([s, v]) => `${s}${v}`).join(',')}]`),
    fc.array(fc.tuple(key, space, tie('value')), { maxLength: 4 }).map((members) => `{${members.map(([k, s, v]) => `"${k}"${s}:${s}${v}`).join(',')}}`),
  ),
})).value;
const deep = fc.tuple(fc.integer({ min: 60, max: 70 }), fc.constantFrom('[', '{"a":')).map(([n, open]) => `${open.repeat(n)}1${(open === '[' ? ']' : '}').repeat(n)}`);

describe('telling clean JSON text by counting keys (fast-check)', () => {
  it('says "clean" exactly when the full scan finds nothing: no key twice, none forbidden, not too deep', () => {
    fc.assert(fc.property(fc.oneof(jsonText, deep, fc.json()), (text) => {
      const clean = scanJsonText(text, 64) === null;
      expect(isCleanJson(text, JSON.parse(text), 64)).toBe(clean);
    }), { numRuns: 3000 });
  });

  it('reading a file with it (the CLI) gives what reading without it (the browser) gives', () => {
    fc.assert(fc.property(fc.oneof(jsonText, deep), (text) => {
      expect(parseRequestText(text, isCleanJson)).toEqual(parseRequestText(text));
    }), { numRuns: 1000 });
  });

  it('finds a key given twice however far apart, and not a string value that looks like a key', () => {
    expect(isCleanJson('{"a":1,"b":{"a":2}}', JSON.parse('{"a":1,"b":{"a":2}}'), 64)).toBe(true);
    expect(isCleanJson('{"a":1,"b":2,"a":3}', JSON.parse('{"a":1,"b":2,"a":3}'), 64)).toBe(false);
    const lookalike = '{"a":"\\"a\\":","b" : "x"}';
    expect(isCleanJson(lookalike, JSON.parse(lookalike), 64)).toBe(true);
  });
});
