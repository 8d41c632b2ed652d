import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requestArbitrary } from '../../../tests/arbitraries/request-arbitrary';
import { valueAnywhere } from '../../../tests/arbitraries/value-anywhere';
import { checkRequest } from '../completeness/check-request';
import { loadStoredRequest } from './parse-request';
import { parseRequestBytes, parseRequestText } from './parse-request-text';

const at = { today: '2026-11-22', validate: true };
const example = JSON.parse(readFileSync('examples/preservation.json', 'utf8'));

/** What any file must come to: a report, or one reason it is not a request. Never an exception. */
function readAndCheck(result: ReturnType<typeof parseRequestText>) {
  if (!result.ok) {
    expect(typeof result.code).toBe('string');
    return;
  }
  const report = checkRequest(result.request, at);
  expect(report.elements.length).toBeGreaterThan(0);
}

// Values that have broken parsers: objects posing as strings, prototypes, numbers that are not numbers.
const hostile = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom({ toString: {} }, { valueOf: {} }, { toString: 'mla' }, [], {}, null, Number.MAX_VALUE, -0, '\u0000', '\u202E', 'x'.repeat(30000)),
);

/** The example with one value, somewhere in it, replaced by anything. */
const mutated = valueAnywhere([example], fc.oneof(fc.constantFrom('format', 'formatVersion', 'instrument', 'kind', 'answers', 'translations', 'translationBasis', 'language', 'secondLanguage',
  'dataIdentifiers', 'custodian', 'urgency', 'offences', '0', '1', 'type', 'value', 'name', 'zh', 'factsSummary', 'preservationDays'), fc.string()), hostile);

describe('any input comes to a report or a reason (fast-check)', () => {
  it('any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => readAndCheck(parseRequestText(text))), { numRuns: 500 });
  });
  it('any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => readAndCheck(parseRequestBytes(bytes))), { numRuns: 500 });
  });
  it('any JSON value, and the example with any value put anywhere', () => {
    fc.assert(fc.property(fc.oneof(hostile, mutated), (value) => readAndCheck(parseRequestText(JSON.stringify(value) ?? 'null'))), { numRuns: 1000 });
  });
  it('a stored draft with any value anywhere still opens, and what it opens as can be checked', () => {
    fc.assert(fc.property(mutated, (value) => {
      const loaded = loadStoredRequest(value);
      if (loaded.ok) expect(checkRequest(loaded.request, at).total).toBeGreaterThan(0);
    }), { numRuns: 1000 });
  });
  it('every request the schema accepts is checked without error, and a second check says the same', () => {
    fc.assert(fc.property(requestArbitrary, (request) => {
      expect(checkRequest(request, at)).toEqual(checkRequest(structuredClone(request), at));
    }), { numRuns: 300 });
  });
});
