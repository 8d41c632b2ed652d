import { describe, expect, it } from 'vitest';
import { dateTimeType } from './date-time';
import { testFormat } from './test-context';

describe('the date-and-time answer (when an emergency became known)', () => {
  it('takes a date with its time of day, or nothing; a date alone is not enough', () => {
    const schema = dateTimeType.schema({ choices: [] });
    expect(schema.parse(undefined)).toBe('');
    expect(schema.safeParse('2026-11-22T07:35').success).toBe(true);
    expect(schema.safeParse('2026-11-22T07:35:10').success).toBe(true);
    expect(schema.safeParse('2026-11-22').success).toBe(false);
    expect(schema.safeParse('22/11/2026 07:35').success).toBe(false);
  });
  it('prints in the column language’s own form and is never translated', () => {
    expect(dateTimeType.format('2026-11-22T07:35', testFormat())).toBe('<dateTime 2026-11-22T07:35>');
    expect(dateTimeType.prose('2026-11-22T07:35')).toEqual([]);
    expect(dateTimeType.evaluate('').state).toBe('missing');
    expect(dateTimeType.evaluate('2026-11-22T07:35').state).toBe('complete');
  });
});
