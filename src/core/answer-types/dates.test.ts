import { describe, expect, it } from 'vitest';
import { dateType } from './date';
import { dateTimeType } from './date-time';
import { testFormat } from './test-context';

/** A date, and a date with its time (when an emergency became known): ISO or nothing, printed by each column's formatter. */
describe.each([
  { name: 'date', type: dateType, valid: ['2026-11-20'], invalid: ['20/11/2026', '2026-02-30'], sample: '2026-11-20', printed: '<date 2026-11-20>' },
  {
    name: 'date and time', type: dateTimeType, valid: ['2026-11-22T07:35', '2026-11-22T07:35:10', '2026-11-22T03:10'],
    invalid: ['2026-11-22', '22/11/2026 07:35', '22/11 3am'], sample: '2026-11-22T07:35', printed: '<dateTime 2026-11-22T07:35>',
  },
])('the $name answer', ({ type, valid, invalid, sample, printed }) => {
  it('takes its ISO form or nothing', () => {
    const schema = type.schema({ choices: [] });
    expect(schema.parse(undefined)).toBe('');
    for (const v of valid) expect(schema.safeParse(v).success, v).toBe(true);
    for (const v of invalid) expect(schema.safeParse(v).success, v).toBe(false);
  });
  it('prints in the column language’s own form and is never translated', () => {
    expect(type.format(sample, testFormat())).toBe(printed);
    expect(type.prose(sample)).toEqual([]);
    expect(type.evaluate('').state).toBe('missing');
    expect(type.evaluate(sample).state).toBe('complete');
  });
});
