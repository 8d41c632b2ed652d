import { describe, expect, it } from 'vitest';
import { maxNumber, numberType } from './number';

describe('the number answer', () => {
  it('is a whole number from 0 to 100,000, or nothing', () => {
    const schema = numberType.schema({ choices: [] });
    expect(schema.parse(undefined)).toBeNull();
    expect(schema.safeParse(90).success).toBe(true);
    expect(schema.safeParse(maxNumber + 1).success).toBe(false);
    expect(schema.safeParse(-1).success).toBe(false);
    expect(schema.safeParse(1.5).success).toBe(false);
  });
  it('is missing until a finite number is given', () => {
    expect(numberType.evaluate(null).state).toBe('missing');
    expect(numberType.evaluate(Number.NaN).state).toBe('missing');
    expect(numberType.evaluate(0).state).toBe('complete');
  });
});
