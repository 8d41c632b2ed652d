import { describe, expect, it } from 'vitest';
import { periodOrNaType, periodType } from './period';
import { testFormat, tagged } from './test-context';

describe('periods', () => {
  it('need both ends; a period that ends before it starts is an error, not a gap', () => {
    expect(periodType.evaluate({ from: '2026-01-01', to: '' })).toMatchObject({ state: 'missing', missingCode: 'periodIncomplete', missingSubPath: 'to' });
    expect(periodType.evaluate({ from: '2026-02-01', to: '2026-01-01' }).problems).toEqual([
      { subPath: 'to', code: 'periodReversed', severity: 'error', params: { from: '2026-02-01', to: '2026-01-01' } },
    ]);
    expect(periodType.format({ from: '2026-01-01', to: '' }, testFormat())).toBe('<date 2026-01-01> – …');
  });
  it('"not applicable" takes a reason, which is the user’s words to translate', () => {
    const na = { from: '', to: '', notApplicable: true, reason: 'Ongoing' };
    expect(periodOrNaType.evaluate(na)).toMatchObject({ state: 'not-applicable' });
    expect(periodOrNaType.prose(na)).toEqual([{ sub: 'reason', text: 'Ongoing' }]);
    expect(periodOrNaType.format(na, testFormat(tagged))).toBe('[terms:notApplicableBecause:<reason|Ongoing>]');
    expect(periodType.prose({ from: '2026-01-01', to: '2026-02-01' })).toEqual([]);
  });
});
