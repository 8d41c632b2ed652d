import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requestArbitrary } from '../../../tests/arbitraries/request-arbitrary';
import { valueAnywhere } from '../../../tests/arbitraries/value-anywhere';
import { requestSchemaFor } from './request-schema';

// The CLI runs Zod without its generated parsers (src/cli/zod-without-codegen.ts); the app runs it with them.
// Both must read every file alike: the same requests, the same first problem at the same place.
const examples = ['mla', 'preservation', 'traffic-data', 'emergency', 'confiscation'].map((k) => JSON.parse(readFileSync(`examples/${k}.json`, 'utf8')));
const anyValue = fc.oneof(fc.jsonValue(), fc.constantFrom(null, [], {}, '', '2026-13-45', 'x'.repeat(30000), -0, 1e300));
const field = fc.constantFrom('language', 'secondLanguage', 'translations', 'answers', 'offences', 'dataIdentifiers', 'custodian', 'urgency',
  'requestDate', 'deadline', 'level', '0', '1', 'name', 'type', 'value', 'zh', 'factsSummary', 'preservationDays', 'collectionPeriod', 'start');
const broken = valueAnywhere(examples, field, anyValue);

describe('Zod with and without generated parsers (fast-check)', () => {
  it('gives the same request, or the same problems, for requests of every kind and for broken ones', () => {
    fc.assert(fc.property(fc.oneof(requestArbitrary, broken), (value) => {
      // The fields broken never include the kind or the instrument: those stay the example's.
      const { kind, instrument } = value as { kind: string; instrument: string };
      const schema = requestSchemaFor(kind, instrument);
      const generated = schema.safeParse(value);
      const interpreted = schema.safeParse(value, { jitless: true });
      expect(interpreted.success).toBe(generated.success);
      if (generated.success) expect(interpreted.data).toStrictEqual(generated.data);
      else expect(interpreted.error!.issues).toEqual(generated.error.issues);
    }), { numRuns: 1500 });
  });
});
