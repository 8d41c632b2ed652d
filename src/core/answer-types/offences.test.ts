import { describe, expect, it } from 'vitest';
import { maxOffences, offencesType } from './offences';
import { testFormat, tagged } from './test-context';

describe('the offences answer', () => {
  const rows = [{ name: 'Fraud', provision: 'PC § 1', maxPenalty: '5 years' }, { name: 'Extortion', provision: '', maxPenalty: '' }];
  it('needs one named offence; a missing provision or penalty is a warning on that row', () => {
    expect(offencesType.evaluate([])).toMatchObject({ state: 'missing', missingCode: 'offenceMissing', missingSubPath: '0.name' });
    expect(offencesType.evaluate(rows).problems).toEqual([{ subPath: '1.provision', code: 'offenceDetailsMissing', severity: 'warning', params: { n: 2 } }]);
  });
  it('every part of every row is the user’s words, each translated on its own', () => {
    expect(offencesType.prose(rows).map((p) => p.sub)).toEqual(['0.name', '0.provision', '0.maxPenalty', '1.name']);
    expect(offencesType.format(rows, testFormat(tagged))).toBe('<0.name|Fraud>; <0.provision|PC § 1>; <0.maxPenalty|5 years>\n<1.name|Extortion>');
  });
  it('holds at most 100 rows, new ones from the schema’s defaults', () => {
    expect(offencesType.schema({ choices: [] }).safeParse(Array(maxOffences + 1).fill(offencesType.emptyRow!())).success).toBe(false);
    expect(offencesType.emptyRow!()).toEqual({ name: '', provision: '', maxPenalty: '' });
  });
});
