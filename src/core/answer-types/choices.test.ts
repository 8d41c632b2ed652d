import { describe, expect, it } from 'vitest';
import { affirmationType } from './affirmation';
import { choicesType as purposesType } from './choices';
import { testFormat } from './test-context';
import { yesNoType } from './yes-no';

describe('answers chosen from fixed values: never translated by the user', () => {
  it('yes/no needs an explicit choice; "no" is an answer', () => {
    expect(yesNoType.evaluate('')).toMatchObject({ state: 'missing', missingCode: 'choiceMissing' });
    expect(yesNoType.evaluate('no').state).toBe('complete');
    expect(yesNoType.format('yes', testFormat())).toBe('[terms:yes]');
    expect(yesNoType.prose('yes')).toEqual([]);
  });
  it('an affirmation counts only when confirmed', () => {
    expect(affirmationType.evaluate(false)).toMatchObject({ state: 'missing', missingCode: 'affirmationMissing' });
    expect(affirmationType.evaluate(true).state).toBe('complete');
  });
  it('purposes are the instrument’s citations; one the tool does not know prints as it is', () => {
    const schema = purposesType.schema({ choices: ['40(3)(a)'] });
    expect(schema.safeParse(['40(3)(a)']).success).toBe(true);
    expect(schema.safeParse(['40(3)(z)']).success).toBe(false);
    expect(purposesType.format(['40(3)(a)', '40(3)(z)'], testFormat())).toBe('40(3)(a) [catalogue:instruments.un-cybercrime-2024.choiceSets.purposes.40(3)(a)]\n40(3)(z)');
    expect(purposesType.evaluate([])).toMatchObject({ state: 'missing', missingCode: 'purposesMissing' });
  });
});
