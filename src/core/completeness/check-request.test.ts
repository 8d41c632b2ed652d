import { describe, expect, it } from 'vitest';
import { emptyRequest, type RequestData } from '../request/request-schema';
import { checkedOn, loadExample, withAnswers } from '../../../tests/requests';
import { checkRequest } from './check-request';

const at = checkedOn;
const load = loadExample;
const state = (r: RequestData, citation: string) => checkRequest(r, at).elements.find((e) => e.citation === citation)!;

describe('checkRequest', () => {
  it.each(['mla', 'preservation', 'traffic-data'])('finds the example %s request complete', (kind) => {
    const report = checkRequest(load(kind), at);
    expect(report.elements.filter((e) => e.state === 'missing')).toEqual([]);
    expect(report.complete).toBe(true);
  });

  it('reports every element of an empty request as missing, in the catalogue order', () => {
    const report = checkRequest(emptyRequest('traffic-data'), at);
    expect(report.complete).toBe(false);
    expect(report.satisfied).toBe(0);
    expect(report.elements.map((e) => e.citation)).toEqual([
      '40(15)(a)', '40(15)(b)', '40(15)(c)', '40(15)(d)', '40(15)(e)', '40(15)(f)', '40(15)(g)',
      '45(3)(a)', '45(3)(b)', '45(3)(c)', '45(3)(d)', '45(3)(e)', '45(3)(f)',
    ]);
  });

  it('one answer satisfies 40(15)(a) and 45(3)(a) together', () => {
    const r = withAnswers(emptyRequest('traffic-data'), { requestingAuthority: 'Prosecutor General' });
    expect(state(r, '40(15)(a)').state).toBe('complete');
    expect(state(r, '45(3)(a)').state).toBe('complete');
  });

  describe('40(15)(c): a summary of facts, except for service of judicial documents', () => {
    const mla = load('mla');
    it('is not required when service of documents is the only assistance sought', () => {
      const r = withAnswers(mla, { factsSummary: '', assistancePurposes: ['40(3)(b)'] });
      expect(state(r, '40(15)(c)')).toMatchObject({ state: 'not-required', code: 'notRequiredWhenOnlyPurposes' });
      expect(checkRequest(r, at).complete).toBe(true);
    });
    it('is required when anything else is sought too', () => {
      const r = withAnswers(mla, { factsSummary: '', assistancePurposes: ['40(3)(b)', '40(3)(d)'] });
      expect(state(r, '40(15)(c)').state).toBe('missing');
    });
    it('is required when no assistance is chosen yet', () => {
      expect(state(withAnswers(mla, { factsSummary: '', assistancePurposes: [] }), '40(15)(c)').state).toBe('missing');
    });
  });

  describe('40(15)(e) and (f): "not possible / not applicable" with a reason', () => {
    const mla = load('mla');
    it('counts a declared reason as answered, unlike an empty field', () => {
      const declared = withAnswers(mla, { personsAndItems: { text: '', notApplicable: true, reason: 'No person is known yet.' } });
      expect(state(declared, '40(15)(e)')).toMatchObject({ state: 'not-applicable', reason: 'No person is known yet.' });
      expect(checkRequest(declared, at).complete).toBe(true);
      const empty = withAnswers(mla, { personsAndItems: { text: '', notApplicable: false, reason: '' } });
      expect(state(empty, '40(15)(e)').state).toBe('missing');
    });
    it('needs the reason: "not applicable" alone stays missing', () => {
      const r = withAnswers(mla, { evidencePeriod: { from: '', to: '', notApplicable: true, reason: ' ' } });
      expect(state(r, '40(15)(f)')).toMatchObject({ state: 'missing', code: 'naReasonMissing', path: 'answers.evidencePeriod.reason' });
    });
    it('needs both ends of a period', () => {
      const r = withAnswers(mla, { evidencePeriod: { from: '2026-01-01', to: '', notApplicable: false, reason: '' } });
      expect(state(r, '40(15)(f)')).toMatchObject({ state: 'missing', code: 'periodIncomplete', path: 'answers.evidencePeriod.to' });
    });
  });

  describe('date ranges', () => {
    it('a period that ends before it starts is an error and the request is not complete', () => {
      const r = withAnswers(load('traffic-data'), { collectionPeriod: { from: '2026-12-24', to: '2026-11-25' } });
      const report = checkRequest(r, at);
      expect(report.issues).toContainEqual(expect.objectContaining({ severity: 'error', code: 'periodReversed', path: 'answers.collectionPeriod.to', citation: '45(3)(f)' }));
      expect(report.complete).toBe(false);
    });
    it('a one-day period is fine', () => {
      const r = withAnswers(load('traffic-data'), { collectionPeriod: { from: '2026-11-25', to: '2026-11-25' } });
      expect(checkRequest(r, at).complete).toBe(true);
    });
  });

  describe('42(3)(g): an explicit choice', () => {
    it('"no" is an answer; no choice is missing', () => {
      expect(state(withAnswers(load('preservation'), { confidentiality: 'no' }), '42(3)(g)').state).toBe('complete');
      expect(state(withAnswers(load('preservation'), { confidentiality: '' }), '42(3)(g)')).toMatchObject({ state: 'missing', code: 'choiceMissing' });
    });
  });

  describe('42(3)(f): the intended MLA request', () => {
    it('is missing until confirmed', () => {
      expect(state(withAnswers(load('preservation'), { intendsMlaRequest: false }), '42(3)(f)').state).toBe('missing');
    });
  });

  describe('42(8): preservation of not less than 60 days', () => {
    const days = (n: number) => checkRequest(withAnswers(load('preservation'), { preservationDays: n }), at).issues.filter((i) => i.code === 'preservationTooShort');
    it('flags 59 days with the citation, as a warning that does not block', () => {
      expect(days(59)).toEqual([expect.objectContaining({ severity: 'warning', citation: '42(8)', params: { days: 59, min: 60 } })]);
      expect(checkRequest(withAnswers(load('preservation'), { preservationDays: 59 }), at).complete).toBe(true);
    });
    it('accepts 60 days', () => {
      expect(days(60)).toEqual([]);
    });
  });

  describe('42(3)(b) and (c) need all of their parts', () => {
    it('an offence without facts is missing, and each missing answer is named', () => {
      const report = checkRequest(withAnswers(load('preservation'), { factsSummary: '', dataRelation: '' }), at);
      expect(report.missingAnswers.map((m) => [m.field, m.citations])).toEqual([['factsSummary', ['42(3)(b)']], ['dataRelation', ['42(3)(c)']]]);
    });
    it('an IP address without time and time zone is flagged', () => {
      const report = checkRequest(withAnswers(load('preservation'), { dataIdentifiers: [{ type: 'ip', value: '203.0.113.9', time: '', timezone: '' }] }), at);
      expect(report.issues).toContainEqual(expect.objectContaining({ code: 'ipWithoutTime', citation: '42(3)(c)', path: 'answers.dataIdentifiers.0.time' }));
    });
  });

  it('an urgent request without deadline reasons gets a 40(26) warning', () => {
    const report = checkRequest(withAnswers(load('mla'), { urgency: { level: 'urgent', deadline: '', reason: '' } }), at);
    expect(report.issues).toContainEqual(expect.objectContaining({ code: 'deadlineReasonMissing', citation: '40(26)' }));
  });
});
