import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRequest } from '../completeness/check-request';
import { parseRequest } from '../request/parse-request';
import { emptyReview, reviewFromReport, reviewGaps, reviewSchema } from './review-schema';

describe('reviews of received requests', () => {
  it('starts with every element unreviewed', () => {
    expect(reviewGaps(emptyReview('traffic-data'))).toMatchObject({ gaps: [], unreviewed: 13, total: 13, additionalInformation: '40(16)' });
    // An instrument that names no article for asking more: none is cited.
    expect(reviewGaps(emptyReview('preservation', 'un-ict-draft-2017')).additionalInformation).toBeUndefined();
  });

  it('lists missing and insufficient elements with the reviewer’s notes, in the catalogue’s order', () => {
    const review = emptyReview('preservation');
    review.items['42(3)(e)'] = { status: 'insufficient', note: ' Only "urgent" is said; no retention period is given. ' };
    review.items['42(3)(c)'] = { status: 'missing', note: '' };
    review.items['42(3)(a)'] = { status: 'present', note: 'p. 1' };
    expect(reviewGaps(review)).toMatchObject({
      gaps: [
        { citation: '42(3)(c)', status: 'missing', note: '' },
        { citation: '42(3)(e)', status: 'insufficient', note: 'Only "urgent" is said; no retention period is given.' },
      ],
      unreviewed: 4,
      total: 7,
    });
  });

  it('is prefilled from a checked file: the checker’s gaps become missing items', () => {
    const parsed = parseRequest(JSON.parse(readFileSync('tests/fixtures/requests/preservation-gaps.json', 'utf8')));
    if (!parsed.ok) throw new Error(parsed.code);
    const review = reviewFromReport(parsed.request, checkRequest(parsed.request, { today: '2026-11-22' }), (el) => `reason:${el.code}`, () => 'warned', 'en');
    expect(reviewGaps(review).gaps.map((g) => [g.citation, g.note])).toEqual([
      ['42(3)(c)', 'reason:missing'], ['42(3)(d)', 'reason:missing'], ['42(3)(g)', 'reason:choiceMissing'],
    ]);
    expect(review.received.requestingAuthority).toBe('Office of the Prosecutor General');
    expect(reviewSchema.safeParse(review).success).toBe(true);
  });

  it('never pre-marks an element with an error as present, nor one with warnings', () => {
    const parsed = parseRequest(JSON.parse(readFileSync('examples/mla.json', 'utf8')));
    if (!parsed.ok) throw new Error(parsed.code);
    const request = { ...parsed.request, answers: { ...parsed.request.answers, assistancePurposes: ['40(3)(e)'], evidencePeriod: { from: '2026-12-01', to: '2026-11-01', notApplicable: false, reason: '' } } };
    const review = reviewFromReport(request as never, checkRequest(request as never, { today: '2026-11-22' }), (el) => `reason:${el.code}`, () => 'warned', 'en');
    expect(review.items['40(15)(d)']).toEqual({ status: 'insufficient', note: 'reason:purposeNeedsKind' });
    expect(review.items['40(15)(f)']).toEqual({ status: 'insufficient', note: 'reason:periodReversed' });
    expect(review.items['40(15)(a)']).toEqual({ status: 'present', note: '' });
  });

  it('refuses a review of an unknown kind', () => {
    expect(reviewSchema.safeParse({ format: 'mla-review', formatVersion: 1, kind: 'extradition' }).success).toBe(false);
  });
});
