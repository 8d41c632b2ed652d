import { describe, expect, it } from 'vitest';
import { emptyRequest, type RequestData } from '../request/request-schema';
import { checkedOn, loadExample, withAnswers } from '../../../tests/requests';
import { checkRequest } from './check-request';
import { verdictOf } from './report-types';

const at = checkedOn;
const load = loadExample;
const codes = (r: RequestData, options = at) => checkRequest(r, options).issues.map((i) => `${i.severity}:${i.code}@${i.path}`);

describe('the checker never reassures wrongly', () => {
  it('an MLA request for real-time traffic data (40(3)(e)) is not complete without 45(3): it names the kind to use', () => {
    const r = withAnswers(load('mla'), { assistancePurposes: ['40(3)(d)', '40(3)(e)'] });
    const report = checkRequest(r, at);
    expect(report.complete).toBe(false);
    expect(report.issues).toContainEqual(expect.objectContaining({
      severity: 'error', code: 'purposeNeedsKind', citation: '40(3)(e)', params: { purpose: '40(3)(e)', article: '45(3)', kind: 'traffic-data' },
    }));
    expect(report.elements.find((e) => e.citation === '40(15)(d)')).toMatchObject({ state: 'invalid', code: 'purposeNeedsKind' });
  });

  it('an MLA request for interception (40(3)(f)) is not complete either: it names the interception kind', () => {
    const report = checkRequest(withAnswers(load('mla'), { assistancePurposes: ['40(3)(f)'] }), at);
    expect(report.complete).toBe(false);
    expect(report.issues).toContainEqual(expect.objectContaining({ code: 'purposeNeedsKind', params: { purpose: '40(3)(f)', article: '46', kind: 'interception' } }));
  });

  it('a traffic-data request starts with 40(3)(e) chosen, and is wrong without it', () => {
    expect((emptyRequest('traffic-data').answers as Record<string, unknown>).assistancePurposes).toEqual(['40(3)(e)']);
    expect(codes(withAnswers(load('traffic-data'), { assistancePurposes: ['40(3)(d)'] }))).toContain('error:purposeExpected@answers.assistancePurposes');
    expect(checkRequest(load('traffic-data'), at).complete).toBe(true);
  });

  it('a deadline before the request date is an error; one already past is a warning', () => {
    const before = withAnswers(load('preservation'), { urgency: { level: 'urgent', deadline: '2026-11-01', reason: 'x' } });
    expect(codes(before)).toContain('error:deadlineBeforeRequest@answers.urgency.deadline');
    expect(checkRequest(before, at).complete).toBe(false);
    expect(codes(load('preservation'), { today: '2026-12-01' })).toContain('warning:deadlinePassed@answers.urgency.deadline');
  });

  it('a request dated far in the past or future is a warning, and then “ready” is never said', () => {
    expect(codes(load('preservation'), { today: '2028-01-01' })).toContain('warning:requestDatePast@answers.requestDate');
    expect(codes(load('preservation'), { today: '2026-06-01' })).toContain('warning:requestDateFuture@answers.requestDate');
    expect(verdictOf(checkRequest(load('preservation'), { today: '2028-01-01' })).state).toBe('readyWithWarnings');
    expect(verdictOf(checkRequest(load('preservation'), at)).state).toBe('ready');
  });

  it('an element whose answer breaks its limits is invalid, never complete, when the form’s values are checked', () => {
    const r = withAnswers(load('preservation'), { factsSummary: 'f'.repeat(20001) });
    const report = checkRequest(r, { ...at, validate: true });
    expect(report.elements.find((e) => e.citation === '42(3)(b)')).toMatchObject({ state: 'invalid', code: 'tooLong', params: { max: 20000, given: 20001 } });
    expect(report.complete).toBe(false);
    expect(report.satisfied).toBe(6);
  });

  it('an element with a warning is complete, and says how many warnings it carries', () => {
    const r = withAnswers(load('preservation'), { dataIdentifiers: [{ type: 'ip', value: '192.0.2.1', time: '', timezone: '' }] });
    expect(checkRequest(r, at).elements.find((e) => e.citation === '42(3)(c)')).toMatchObject({ state: 'complete', warnings: 1 });
  });

  it('42(8): the minimum comes from the catalogue’s rule for the kind', () => {
    expect(codes(withAnswers(load('preservation'), { preservationDays: 59 }))).toContain('warning:preservationTooShort@answers.preservationDays');
    expect(codes(withAnswers(load('preservation'), { preservationDays: 60 }))).not.toContain('warning:preservationTooShort@answers.preservationDays');
  });
});

describe('the document will print what was typed, or the checker says why not', () => {
  it('names characters no font has, by code, script and field', () => {
    const r = withAnswers(load('preservation'), { custodian: { name: '한국 Mailbox 😀', country: 'Nordvik', details: '' } });
    expect(checkRequest(r, at).issues).toContainEqual(expect.objectContaining({
      severity: 'warning', code: 'unprintable', path: 'answers.custodian.name',
      params: { field: 'custodian', count: 3, chars: 'U+D55C 한 (Hangul), U+AD6D 국 (Hangul), U+1F600 😀 (emoji)' },
    }));
  });

  it('reports invisible direction controls and piled-up accents', () => {
    const r = withAnswers(load('preservation'), { reference: 'PPS/\u202E7140/6202', factsSummary: `Z${'\u0301'.repeat(20)}algo` });
    const issues = checkRequest(r, at).issues;
    expect(issues).toContainEqual(expect.objectContaining({ code: 'invisibleControl', path: 'answers.reference', params: { field: 'reference', chars: 'U+202E' } }));
    expect(issues).toContainEqual(expect.objectContaining({ code: 'stackedMarks', path: 'answers.factsSummary', params: { field: 'factsSummary', count: 20 } }));
  });

  it('every part of the user’s words lacking a version in the second language is named: offences, custodian, contact, urgency', () => {
    const r = { ...load('preservation'), translations: {} } as RequestData;
    const paths = checkRequest(r, at).issues.filter((i) => i.code === 'translationMissing').map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining([
      'translations.zh.offences.0.name', 'translations.zh.offences.0.provision', 'translations.zh.contactOfficer.name',
      'translations.zh.custodian.name', 'translations.zh.urgency.reason', 'translations.zh.factsSummary',
    ]));
    // Identifiers other than "other", reference numbers and dates print as written: nothing to translate.
    expect(paths.some((p) => /dataIdentifiers|reference|requestDate/.test(p))).toBe(false);
  });

  it('a translation written for an earlier original is stale', () => {
    const r = load('preservation');
    const basis = { zh: { factsSummary: 'not-the-fingerprint' } };
    expect(codes({ ...r, translationBasis: basis } as RequestData)).toContain('warning:translationStale@translations.zh.factsSummary');
  });
});
