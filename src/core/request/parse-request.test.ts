import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse-request';
import { emptyRequest } from './request-schema';

const mla = JSON.parse(readFileSync('examples/mla.json', 'utf8'));

describe('parseRequest', () => {
  it('accepts each example and a request with no answers at all (every answer empty)', () => {
    for (const kind of ['mla', 'preservation', 'traffic-data']) {
      expect(parseRequest(JSON.parse(readFileSync(`examples/${kind}.json`, 'utf8'))).ok).toBe(true);
    }
    const bare = parseRequest({ format: 'mla-request', formatVersion: 1, instrument: 'un-cybercrime-2024', kind: 'preservation' });
    expect(bare).toEqual({ ok: true, request: emptyRequest('preservation') });
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
  ])('refuses %j as %s', (raw, code) => {
    const result = parseRequest(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe(code);
  });

  it('says where a wrong value is', () => {
    const result = parseRequest({ ...mla, answers: { contactOfficer: { name: 5 } } });
    expect(result).toMatchObject({ ok: false, code: 'invalidShape', params: { path: 'answers.contactOfficer.name' } });
  });
});
