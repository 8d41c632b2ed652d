import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requestArbitrary } from '../../../tests/arbitraries/request-arbitrary';
import { requestSchemaFor } from './request-schema';

// The CLI runs Zod without its generated parsers (src/cli/zod-without-codegen.ts); the app runs it with them.
// Both must read every file alike: the same requests, the same first problem at the same place.
const examples = ['mla', 'preservation', 'traffic-data', 'emergency', 'confiscation'].map((k) => JSON.parse(readFileSync(`examples/${k}.json`, 'utf8')));
const anyValue = fc.oneof(fc.jsonValue(), fc.constantFrom(null, [], {}, '', '2026-13-45', 'x'.repeat(30000), -0, 1e300));
const field = fc.constantFrom('language', 'secondLanguage', 'translations', 'answers', 'offences', 'dataIdentifiers', 'custodian', 'urgency',
  'requestDate', 'deadline', 'level', '0', '1', 'name', 'type', 'value', 'zh', 'factsSummary', 'preservationDays', 'collectionPeriod', 'start');
const broken = fc.tuple(fc.constantFrom(...examples), fc.array(field, { minLength: 1, maxLength: 4 }), anyValue).map(([example, path, value]) => {
  const copy = structuredClone(example);
  let node = copy;
  for (const key of path.slice(0, -1)) node = typeof node[key] === 'object' && node[key] ? node[key] : (node[key] = {});
  node[path.at(-1)!] = value;
  return copy;
});

describe('Zod with and without generated parsers (fast-check)', () => {
  it('gives the same request, or the same problems, for requests of every kind and for broken ones', () => {
    fc.assert(fc.property(fc.oneof(requestArbitrary, broken), (value) => {
      const schema = requestSchemaFor(value.kind, value.instrument);
      const generated = schema.safeParse(value);
      const interpreted = schema.safeParse(value, { jitless: true });
      expect(interpreted.success).toBe(generated.success);
      if (generated.success) expect(interpreted.data).toStrictEqual(generated.data);
      else expect(interpreted.error!.issues).toEqual(generated.error.issues);
    }), { numRuns: 1500 });
  });
});
