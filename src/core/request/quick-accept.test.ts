import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anyText, requestArbitrary } from '../../../tests/arbitraries/request-arbitrary';
import { valueAnywhere, valueAtAnyPath } from '../../../tests/arbitraries/value-anywhere';
import { hasInstrument, kindIds } from '../catalogue/catalogue';
import { isCleanJson } from './json-key-count';
import { parseRequestText } from './parse-request-text';
import { quickAccept, quickParse } from './quick-accept';
import { requestSchemaFor } from './request-schema';

const examples = ['mla', 'preservation', 'traffic-data', 'emergency', 'confiscation', 'coe-budapest-2001/preservation', 'un-ict-draft-2017/traffic-data']
  .map((k) => JSON.parse(readFileSync(`examples/${k}.json`, 'utf8')) as Record<string, unknown>);

// Values that have told parsers apart: strings at and past a limit counted in code points or in UTF-16
// units, numbers that are not integers, keys of the prototype, numeric keys of a record.
const astral = '𠀀';
// Every limit of the schemas (schemas/json): strings of 32, 64, 100, 300 and 20,000, lists of 7, 50, 100, 500.
const atLimit = fc.constantFrom(32, 64, 100, 300, 20000).chain((n) => fc.constantFrom(n - 1, n, n + 1))
  .chain((n) => fc.constantFrom('x'.repeat(n), astral.repeat(n), `${astral.repeat(n - 1)}x`, `${'x'.repeat(n - 1)}${astral}`));
const rows = [{ name: 'a', provision: 'b', maxPenalty: 'c' }, { type: 'ip', value: '203.0.113.1', time: '', timezone: '' }, 'subscriber', '40(3)(a)', 'x'];
const listAtLimit = fc.tuple(fc.constantFrom(7, 50, 100, 500).chain((n) => fc.constantFrom(n, n + 1)), fc.constantFrom(...rows))
  .map(([n, row]) => Array.from({ length: n }, () => structuredClone(row)));
const anyValue = fc.oneof(
  fc.jsonValue(),
  anyText(),
  atLimit,
  listAtLimit,
  fc.constantFrom(null, [], {}, '', '2026-13-45', '2026-02-30', 'x'.repeat(20000), 'x'.repeat(20001), astral.repeat(20000), -0, 1e300, 1.5, -1,
    { 0: 'a' }, { 1: '' }, { constructor: 'x' }, { toString: 'x' }, { fr: { factsSummary: 'x' } }, { zh: { '0': 'x' } }, { xx: {} }),
);
const field = fc.constantFrom('language', 'secondLanguage', 'translations', 'translationBasis', 'answers', 'offences', 'dataIdentifiers', 'custodian',
  'urgency', 'contactOfficer', 'requestDate', 'deadline', 'level', '0', '1', '2', 'name', 'type', 'value', 'time', 'timezone', 'zh', 'fr', 'en',
  'factsSummary', 'reference', 'preservationDays', 'collectionPeriod', 'from', 'to', 'notApplicable', 'reason', 'start', 'constructor', 'extra');
const broken = fc.oneof(valueAnywhere(examples, field, anyValue), valueAtAnyPath(examples, anyValue));

/** The schema of a value's kind; none for a value of no known kind, which is refused before any schema is asked (parseRequest's envelope). */
function schemaOf(value: unknown) {
  const { kind, instrument } = value as { kind: unknown; instrument: unknown };
  if (typeof instrument !== 'string' || !hasInstrument(instrument) || !kindIds(instrument).includes(kind as string)) return undefined;
  return requestSchemaFor(kind as string, instrument);
}

/** Zod's answer and the quick one are the same: the same output, key for key in the same order, or both refuse. */
function sameAsZod(value: unknown) {
  const schema = schemaOf(value);
  if (!schema) return;
  const zod = schema.safeParse(value);
  const quick = quickAccept(schema, value);
  expect(quick !== undefined).toBe(zod.success);
  if (zod.success) {
    expect(quick!.value).toStrictEqual(zod.data);
    expect(JSON.stringify(quick!.value)).toBe(JSON.stringify(zod.data));
  }
}

describe('quickAccept gives what Zod gives (fast-check)', () => {
  it('for every example, as given', () => {
    for (const example of examples) sameAsZod(example);
  });

  it('for requests of every kind of every instrument, and for examples with any value put anywhere', () => {
    fc.assert(fc.property(fc.oneof(requestArbitrary, broken, broken), sameAsZod), { numRuns: 3000 });
  });

  it('quickParse refuses what Zod refuses with its first issue, path included, asking Zod only from where it failed', () => {
    fc.assert(fc.property(broken, (value) => {
      const schema = schemaOf(value);
      if (!schema) return;
      const zod = schema.safeParse(value);
      const quick = quickParse(schema, value);
      if (zod.success) expect(quick).toStrictEqual({ success: true, data: zod.data });
      else expect(quick.success || quick.error.issues[0]).toStrictEqual(zod.error.issues[0]);
    }), { numRuns: 3000 });
  });

  it('leaves out keys the schema does not know and fills in what is absent, as Zod does', () => {
    const [mla] = examples;
    const extra = { ...mla, unknown: 1, answers: { ...(mla!.answers as object), notAField: 'x', offences: [{ name: 'a', extra: 1 }] } };
    delete (extra as Record<string, unknown>).language;
    sameAsZod(extra);
    sameAsZod({ format: 'mla-request', formatVersion: 1, instrument: 'un-cybercrime-2024', kind: 'preservation' });
  });

  it('a file read with the quick ways gives the same result as without them', () => {
    fc.assert(fc.property(fc.oneof(requestArbitrary, broken), (value) => {
      const text = JSON.stringify(value);
      expect(parseRequestText(text, isCleanJson, quickParse)).toStrictEqual(parseRequestText(text));
    }), { numRuns: 1000 });
  });
});
