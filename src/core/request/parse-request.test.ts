import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStoredRequest, parseRequest } from './parse-request';
import { emptyRequest } from './request-schema';

const mla = JSON.parse(readFileSync('examples/mla.json', 'utf8'));
const preservation = JSON.parse(readFileSync('examples/preservation.json', 'utf8'));

describe('parseRequest', () => {
  it('accepts each example and a request with no answers at all (every answer empty, but the kind’s presets)', () => {
    for (const kind of ['mla', 'preservation', 'traffic-data']) {
      expect(parseRequest(JSON.parse(readFileSync(`examples/${kind}.json`, 'utf8'))).ok).toBe(true);
    }
    const bare = parseRequest({ format: 'mla-request', formatVersion: 1, instrument: 'un-cybercrime-2024', kind: 'preservation' });
    expect(bare).toEqual({ ok: true, request: emptyRequest('preservation') });
    expect((emptyRequest('traffic-data').answers as { assistancePurposes: string[] }).assistancePurposes).toEqual(['40(3)(e)']);
  });

  it.each([
    [null, 'notObject'],
    [[1, 2], 'notObject'],
    [{ hello: 1 }, 'notRequest'],
    [{ ...mla, formatVersion: 99 }, 'unsupportedVersion'],
    [{ ...mla, instrument: 'budapest-2001' }, 'unknownInstrument'],
    [{ ...mla, kind: 'extradition' }, 'unknownKind'],
    [{ ...mla, answers: { offences: 'fraud' } }, 'invalidShape'],
    [{ ...mla, answers: { requestDate: '20/11/2026' } }, 'invalidShape'],
    [{ ...mla, answers: { assistancePurposes: ['40(3)(z)'] } }, 'invalidShape'],
  ])('refuses a request whose envelope or answers are wrong: case %#, %s', (_raw, code) => {
    const raw = _raw;
    const result = parseRequest(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe(code);
  });

  it.each([
    [{ format: { toString: {} } }, 'notRequest', { format: 'an object' }],
    [{ format: 'mla-request', formatVersion: { valueOf: {} } }, 'unsupportedVersion', { version: 'an object' }],
    [{ format: 'mla-request', formatVersion: 1, instrument: ['x'] }, 'unknownInstrument', { instrument: 'a list of 1' }],
    [{ format: 'mla-request', formatVersion: 1, instrument: 'un-cybercrime-2024', kind: { toString: 'mla' } }, 'unknownKind', { kind: 'an object' }],
  ])('never trusts a value to be what it should: %j', (raw, code, params) => {
    expect(parseRequest(raw)).toMatchObject({ ok: false, code, params });
  });

  it('says where a wrong value is and what is wrong with it, in the field’s terms', () => {
    expect(parseRequest({ ...mla, answers: { contactOfficer: { name: 5 } } })).toMatchObject({
      ok: false, code: 'invalidShape', params: { path: 'answers.contactOfficer.name', problem: 'wrongType', expected: 'text', given: '5' },
    });
    const tz = structuredClone(preservation);
    tz.answers.dataIdentifiers[2].timezone = 'Z'.repeat(72);
    expect(parseRequest(tz)).toMatchObject({ params: { path: 'answers.dataIdentifiers.2.timezone', problem: 'tooLong', max: 64, given: 72 } });
  });
});

describe('loadStoredRequest: a stored draft always opens', () => {
  it('keeps values over their limits, to be marked, and lists them with their own message', () => {
    const raw = structuredClone(preservation);
    raw.answers.dataIdentifiers[2].timezone = 'Z'.repeat(72);
    raw.answers.preservationDays = 365000;
    raw.answers.factsSummary = 'f'.repeat(100000);
    const loaded = loadStoredRequest(raw);
    if (!loaded.ok) throw new Error(loaded.code);
    const answers = loaded.request.answers as Record<string, unknown>;
    expect(answers.preservationDays).toBe(365000);
    expect((answers.factsSummary as string).length).toBe(100000);
    expect(loaded.invalid).toEqual([
      { path: 'answers.factsSummary', code: 'tooLong', params: { max: 20000, given: 100000 } },
      { path: 'answers.dataIdentifiers.2.timezone', code: 'tooLong', params: { max: 64, given: 72 } },
      { path: 'answers.preservationDays', code: 'tooLarge', params: { max: 100000, given: '365000' } },
    ]);
    expect(loaded.replaced).toEqual([]);
  });

  it('replaces a value of the wrong kind by its empty default and reports it, so the caller keeps the original', () => {
    const loaded = loadStoredRequest({ ...mla, answers: { ...mla.answers, offences: 'fraud', dataIdentifiers: 'x', contactOfficer: { name: ['A'] } } });
    if (!loaded.ok) throw new Error(loaded.code);
    expect((loaded.request.answers as Record<string, unknown>).offences).toEqual([]);
    expect(loaded.replaced).toEqual([
      { path: 'answers.contactOfficer.name', given: 'a list of 1' },
      { path: 'answers.offences', given: '“fraud”' },
    ]);
  });

  it('still refuses what is not a request of a known kind', () => {
    expect(loadStoredRequest({ ...mla, kind: 'extradition' })).toMatchObject({ ok: false, code: 'unknownKind' });
  });
});
