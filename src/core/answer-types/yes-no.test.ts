import { describe, expect, it } from 'vitest';
import { affirmationType } from './affirmation';
import { testFormat } from './test-context';
import { yesNoType } from './yes-no';

describe('yes or no, and a statement confirmed', () => {
  it('yes/no: "no" is an answer, no choice is missing; the words are the tool’s', () => {
    expect(yesNoType.schema({ choices: [] }).parse(undefined)).toBe('');
    expect(yesNoType.schema({ choices: [] }).safeParse('maybe').success).toBe(false);
    expect(yesNoType.evaluate('no').state).toBe('complete');
    expect(yesNoType.evaluate('')).toMatchObject({ state: 'missing', missingCode: 'choiceMissing' });
    expect(yesNoType.format('no', testFormat())).toBe('[terms:no]');
    expect(yesNoType.format('', testFormat())).toBe('');
    expect(yesNoType.prose('yes')).toEqual([]);
  });
  it('an affirmation counts only when confirmed (42(3)(f)); unconfirmed prints nothing, never "no"', () => {
    expect(affirmationType.schema({ choices: [] }).parse(undefined)).toBe(false);
    expect(affirmationType.schema({ choices: [] }).safeParse('yes').success).toBe(false);
    expect(affirmationType.evaluate(true).state).toBe('complete');
    expect(affirmationType.evaluate(false)).toMatchObject({ state: 'missing', missingCode: 'affirmationMissing' });
    expect(affirmationType.format(true, testFormat())).toBe('[terms:yes]');
    expect(affirmationType.format(false, testFormat())).toBe('');
  });
});
