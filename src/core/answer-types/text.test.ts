import { describe, expect, it } from 'vitest';
import { longTextType } from './long-text';
import { testFormat, tagged } from './test-context';
import { textType } from './text';

describe.each([['text', textType], ['longText', longTextType]])('the %s answer', (_name, type) => {
  it('is empty by default, limited to 20,000 characters, or to the field’s own limit', () => {
    expect(type.schema({ choices: [] }).parse(undefined)).toBe('');
    expect(type.schema({ choices: [] }).safeParse('x'.repeat(20000)).success).toBe(true);
    expect(type.schema({ choices: [] }).safeParse('x'.repeat(20001)).success).toBe(false);
    expect(type.schema({ choices: [], maxLength: 300 }).safeParse('x'.repeat(301)).success).toBe(false);
  });
  it('counts only words: blanks are missing', () => {
    expect(type.evaluate('  ').state).toBe('missing');
    expect(type.evaluate(5).state).toBe('missing');
    expect(type.evaluate('Fraud').state).toBe('complete');
  });
  it('is the user’s words as a whole, formatted through the translation hook', () => {
    expect(type.prose(' Facts ')).toEqual([{ sub: '', text: 'Facts' }]);
    expect(type.format(' Facts ', testFormat(tagged))).toBe('<|Facts>');
    expect(type.format('', testFormat(tagged))).toBe('');
  });
});
