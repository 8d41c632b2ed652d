import { describe, expect, it } from 'vitest';
import { loadExample } from '../../../tests/requests';
import { followUpRequest } from './follow-up';

describe('the follow-up of a preservation request', () => {
  it('is an access request (44) carrying every shared answer, and the preservation as its earlier request', () => {
    const preservation = loadExample('preservation');
    const next = followUpRequest(preservation)!;
    const a = next.answers as Record<string, unknown>;
    const p = preservation.answers as Record<string, unknown>;
    expect(next.kind).toBe('access');
    for (const key of ['requestingAuthority', 'offences', 'factsSummary', 'contactOfficer', 'requestedState', 'centralAuthority', 'signatory']) expect(a[key], key).toEqual(p[key]);
    expect(a.preservationReference).toBe('PPS/CYB/2026/0417');
    expect(a.preservationDate).toBe('2026-11-20');
    expect(a.assistancePurposes).toEqual(['40(3)(d)']);
    expect(next.translations.zh?.factsSummary).toBe(preservation.translations.zh?.factsSummary);
    expect(next.translations.zh?.dataRelation).toBeUndefined();
  });

  it('is none for a kind that announces none', () => {
    expect(followUpRequest(loadExample('mla'))).toBeNull();
  });
});
