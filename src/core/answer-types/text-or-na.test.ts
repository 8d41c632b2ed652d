import { describe, expect, it } from 'vitest';
import { testFormat, tagged } from './test-context';
import { textOrNaType } from './text-or-na';

describe('text or "not possible / not applicable"', () => {
  it('a declared reason is an answer, unlike an empty field; "not applicable" alone is not', () => {
    expect(textOrNaType.evaluate({ text: '', notApplicable: true, reason: 'Unknown' })).toMatchObject({ state: 'not-applicable', reason: 'Unknown' });
    expect(textOrNaType.evaluate({ text: '', notApplicable: true, reason: ' ' })).toMatchObject({ state: 'missing', missingCode: 'naReasonMissing', missingSubPath: 'reason' });
    expect(textOrNaType.evaluate({})).toMatchObject({ state: 'missing', missingSubPath: 'text' });
  });
  it('the reason is the user’s words; the fixed phrase around it is the tool’s', () => {
    const na = { text: '', notApplicable: true, reason: 'Unknown' };
    expect(textOrNaType.prose(na)).toEqual([{ sub: '', text: 'Unknown' }]);
    expect(textOrNaType.format(na, testFormat(tagged))).toBe('[terms:notApplicableBecause:<|Unknown>]');
  });
});
