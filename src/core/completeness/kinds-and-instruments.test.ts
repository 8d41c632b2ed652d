import { describe, expect, it } from 'vitest';
import { checkedOn, loadExample, withAnswers } from '../../../tests/requests';
import { kindIds, instrumentIds, kindName, listsForKind } from '../catalogue/catalogue';
import { emptyRequest, type RequestData } from '../request/request-schema';
import { checkRequest } from './check-request';

const at = checkedOn;
const issues = (r: RequestData, options = at) => checkRequest(r, options).issues.map((i) => `${i.severity}:${i.code}@${i.citation ?? i.path}`);
const stateOf = (r: RequestData, citation: string) => checkRequest(r, at).elements.find((e) => e.citation === citation);
const without = (r: RequestData, ...keys: string[]) =>
  ({ ...r, answers: Object.fromEntries(Object.entries(r.answers).filter(([k]) => !keys.includes(k))) }) as RequestData;

describe.each(instrumentIds().flatMap((i) => kindIds(i).map((k) => kindName(i, k))))('the %s kind', (name) => {
  const example = loadExample(name);

  it('has an example that checks complete, with no issue', () => {
    const report = checkRequest(example, at);
    expect(report.issues).toEqual([]);
    expect(report.complete).toBe(true);
  });

  it('reports every element of its lists missing in an empty request, and is then not complete', () => {
    const report = checkRequest(emptyRequest(example.kind, example.instrument), at);
    const citations = listsForKind(example.instrument, example.kind).flatMap((l) => l.elements.map((e) => e.citation));
    expect(report.elements.map((e) => e.citation)).toEqual(citations);
    expect(report.elements.filter((e) => e.state === 'complete')).toEqual([]);
    expect(report.complete).toBe(false);
  });
});

describe('conditions of the new kinds, both ways', () => {
  it('42(9) extension: asked while the preservation runs is fine; asked after it ended is an error naming the end', () => {
    const ext = loadExample('extension'); // preserved from 2026-11-21 for 90 days: until 2027-02-19
    expect(issues(withAnswers(ext, { requestDate: '2027-02-19' }), { today: '2027-02-19' })).toEqual([]);
    const late = withAnswers(ext, { requestDate: '2027-02-20' });
    expect(checkRequest(late, { today: '2027-02-20' }).issues).toContainEqual(expect.objectContaining({
      severity: 'error', code: 'periodRunOut', citation: '42(9)', params: { end: '2027-02-19', date: '2027-02-20' },
    }));
    expect(checkRequest(late, { today: '2027-02-20' }).complete).toBe(false);
    // Undated: today decides.
    expect(issues(withAnswers(ext, { requestDate: '' }), { today: '2027-03-01' })).toContain('error:periodRunOut@42(9)');
  });

  it('Art. 44 access: 40(3)(d) is expected; real-time collection or interception names the kind to use', () => {
    const access = loadExample('access');
    expect(issues(withAnswers(access, { assistancePurposes: ['40(3)(i)'] }))).toContain('error:purposeExpected@40(3)(d)');
    expect(issues(withAnswers(access, { assistancePurposes: ['40(3)(d)', '40(3)(e)'] }))).toContain('error:purposeNeedsKind@40(3)(e)');
    expect(issues(withAnswers(access, { assistancePurposes: ['40(3)(d)', '40(3)(f)'] }))).toContain('error:purposeNeedsKind@40(3)(f)');
    // The expedited grounds and the earlier preservation are asked, never required.
    expect(checkRequest(without(access, 'expeditedGrounds', 'expeditedReasons', 'preservationReference', 'preservationDate'), at).complete).toBe(true);
  });

  it('Art. 46 interception: 40(3)(f) expected; each of its three elements is required', () => {
    const int = loadExample('interception');
    expect(issues(withAnswers(int, { assistancePurposes: ['40(3)(d)'] }))).toContain('error:purposeExpected@40(3)(f)');
    for (const [key, citation] of [['interceptionTarget', '46-1'], ['interceptionPeriod', '46-2'], ['interceptionJustification', '46-3']] as const) {
      expect(stateOf(without(int, key), citation)?.state, key).toBe('missing');
    }
    expect(stateOf(withAnswers(int, { interceptionPeriod: { from: '2027-01-03', to: '2026-12-05' } }), '46-2')?.state).toBe('invalid');
  });

  it('Art. 41 emergency: the time the emergency became known is part of 41-2', () => {
    const em = loadExample('emergency');
    expect(stateOf(without(em, 'emergencyTime'), '41-2')?.state).toBe('missing');
    // A date without its time is not what the form's schema takes: invalid when the form's values are checked.
    const dateOnly = checkRequest(withAnswers(em, { emergencyTime: '2026-11-22' }), { ...at, validate: true });
    expect(dateOnly.elements.find((e) => e.citation === '41-2')?.state).toBe('invalid');
  });

  it('Art. 50(3): (a) needs the property and the facts, its location and value are optional; (b) needs a final order; (c) the actions', () => {
    const conf = loadExample('confiscation');
    expect(stateOf(without(conf, 'propertyDescription'), '50(3)(a)')?.state).toBe('missing');
    expect(checkRequest(without(conf, 'propertyLocation', 'propertyValue'), at).complete).toBe(true);
    const order = loadExample('confiscation-order');
    expect(stateOf(withAnswers(order, { orderIsFinal: false }), '50(3)(b)')?.state).toBe('missing');
    expect(stateOf(without(order, 'thirdPartyMeasures'), '50(3)(b)')?.state).toBe('missing');
    const freeze = loadExample('freezing');
    expect(stateOf(without(freeze, 'actionsRequested'), '50(3)(c)')?.state).toBe('missing');
    expect(checkRequest(without(freeze, 'orderCopyAnnexed'), at).complete).toBe(true);
  });
});

describe('each instrument’s own minimum period', () => {
  it.each([
    ['preservation', '42(8)', 60],
    ['un-ict-draft-2017/preservation', '50(6)', 180],
    ['coe-budapest-2001/preservation', '29(7)', 60],
  ] as const)('%s: %s warns below %i days and not at it', (name, citation, min) => {
    const r = loadExample(name);
    expect(checkRequest(withAnswers(r, { preservationDays: min - 1 }), at).issues).toContainEqual(expect.objectContaining({
      severity: 'warning', code: 'preservationTooShort', citation, params: { days: min - 1, min },
    }));
    expect(issues(withAnswers(r, { preservationDays: min }))).toEqual([]);
  });

  it('a request records its instrument: the same answers under another treaty are checked against that treaty’s list', () => {
    const under2017 = loadExample('un-ict-draft-2017/preservation');
    const under2024 = { ...under2017, instrument: 'un-cybercrime-2024' } as RequestData;
    expect(checkRequest(under2017, at).elements.map((e) => e.citation)).toContain('50(2)(a)');
    expect(checkRequest(under2024, at).elements.map((e) => e.citation)).toContain('42(3)(a)');
    expect(checkRequest(under2024, at).elements.map((e) => e.citation)).not.toContain('50(2)(a)');
  });
});
