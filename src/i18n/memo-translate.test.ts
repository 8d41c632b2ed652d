import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoTranslate } from './memo-translate';

describe('the remembering translate function', () => {
  it('says exactly what the translate function says, whatever the keys and params, and stays bounded', () => {
    const calls: string[] = [];
    const t = (key: string, options?: Record<string, unknown>) => {
      calls.push(key);
      return `${key}:${JSON.stringify(options ?? null)}`;
    };
    const memo = memoTranslate(t, 8);
    fc.assert(fc.property(fc.constantFrom('a', 'b', 'c'), fc.option(fc.dictionary(fc.constantFrom('x', 'y'), fc.oneof(fc.integer(), fc.string())), { nil: undefined }), (key, options) => {
      expect(memo(key, options)).toBe(t(key, options));
    }));
    calls.length = 0;
    memo('same', { n: 1 });
    memo('same', { n: 1 });
    expect(calls).toEqual(['same']);
  });
});
