import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRequestBytes, parseRequestText } from './parse-request-text';

const example = readFileSync('examples/preservation.json', 'utf8');
const bytes = (s: string) => new TextEncoder().encode(s);

describe('reading request files', () => {
  it('accepts UTF-8 with a byte-order mark, as bytes or as text', () => {
    expect(parseRequestBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(example)])).ok).toBe(true);
    expect(parseRequestText(`\uFEFF${example}`).ok).toBe(true);
  });

  it('refuses bytes that are not UTF-8 and says where, instead of repairing them', () => {
    const good = bytes(example);
    const bad = new Uint8Array([...good.subarray(0, 100), 0xff, ...good.subarray(100)]);
    expect(parseRequestBytes(bad)).toEqual({ ok: false, code: 'invalidUtf8', params: { offset: 100 } });
    // Latin-1 "é" (0xE9) followed by ASCII: a truncated sequence.
    expect(parseRequestBytes(new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]))).toMatchObject({ code: 'invalidUtf8', params: { offset: 2 } });
  });

  it('refuses a key given twice in one object, naming it and where (JSON.parse would keep the last silently)', () => {
    const twice = example.replace('"kind": "preservation",', '"kind": "preservation",\n  "kind": "mla",');
    expect(parseRequestText(twice)).toEqual({ ok: false, code: 'duplicateKey', params: { key: 'kind', path: '(top level)' } });
    const inner = '{"format":"mla-request","formatVersion":1,"instrument":"un-cybercrime-2024","kind":"mla","answers":{"offences":[{"name":"a"},{"name":"b","name":"c"}]}}';
    expect(parseRequestText(inner)).toMatchObject({ code: 'duplicateKey', params: { key: 'name', path: 'answers.offences.1' } });
    // The same key written two ways is the same key.
    expect(parseRequestText('{"a":1,"\\u0061":2}')).toMatchObject({ code: 'duplicateKey', params: { key: 'a' } });
    // Same keys in different objects are fine; a string value that looks like a key is not a key.
    expect(parseRequestText('{"a":{"b":1},"c":{"b":"\\"b\\":"}}')).toMatchObject({ code: 'notRequest' });
  });

  it('refuses keys that reach object prototypes, and nesting deeper than 64 levels', () => {
    expect(parseRequestText('{"answers":{"__proto__":{"x":1}}}')).toMatchObject({ code: 'forbiddenKey', params: { key: '__proto__' } });
    expect(parseRequestText(`${'['.repeat(65)}${']'.repeat(65)}`)).toMatchObject({ code: 'tooDeep' });
    expect(parseRequestText(`${'['.repeat(64)}${']'.repeat(64)}`)).toMatchObject({ code: 'notObject' });
    expect(parseRequestText(`${'['.repeat(100000)}${']'.repeat(100000)}`)).toMatchObject({ code: 'tooDeep' });
  });
});
