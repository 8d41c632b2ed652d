import { describe, expect, it } from 'vitest';
import { dateType } from './date';
import { testFormat } from './test-context';

describe('the date answer', () => {
  it('takes an ISO date or nothing', () => {
    const schema = dateType.schema({ choices: [] });
    expect(schema.parse(undefined)).toBe('');
    expect(schema.safeParse('2026-11-20').success).toBe(true);
    expect(schema.safeParse('20/11/2026').success).toBe(false);
    expect(schema.safeParse('2026-02-30').success).toBe(false);
  });
  it('prints in the column language’s own form and is never translated', () => {
    expect(dateType.format('2026-11-20', testFormat())).toBe('<date 2026-11-20>');
    expect(dateType.prose('2026-11-20')).toEqual([]);
    expect(dateType.evaluate('').state).toBe('missing');
  });
});
