import { describe, expect, it } from 'vitest';
import { requestSchemaFor } from '../request/request-schema';
import { reviewSchema } from '../review/review-schema';
import { limitsAt } from './input-limits';

describe('limits a widget enforces, read from the schema', () => {
  const schema = requestSchemaFor('preservation');
  it.each([
    ['answers.factsSummary', { maxLength: 20000 }],
    ['answers.reference', { maxLength: 300 }],
    ['answers.dataIdentifiers.3.timezone', { maxLength: 64 }],
    ['answers.dataIdentifiers', { maxItems: 500 }],
    ['answers.offences', { maxItems: 100 }],
    ['answers.preservationDays', { minimum: 0, maximum: 100000 }],
    ['answers.custodian.details', { maxLength: 20000 }],
    ['translations.zh.offences.0.name', { maxLength: 20000 }],
    ['answers.requestDate', {}],
  ])('%s: %j', (path, limits) => {
    expect(limitsAt(schema, path)).toEqual(limits);
  });
  it('reads reviews the same way', () => {
    expect(limitsAt(reviewSchema, 'ours.reference')).toEqual({ maxLength: 300 });
    expect(limitsAt(reviewSchema, 'items.42(3)(c).note')).toEqual({ maxLength: 20000 });
  });
});
