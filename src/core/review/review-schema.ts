import { z } from 'zod';
import { defaultInstrumentId, elementsForKind, kindIds } from '../catalogue/catalogue';
import { languageCodes } from '../catalogue/catalogue-schema';
import type { CompletenessReport } from '../completeness/report-types';
import type { RequestData } from '../request/request-schema';

/**
 * A review of a request received from abroad (on paper, as a PDF, or as a file): for each element of the
 * applicable articles, the reviewer's finding and note. Saved like a draft; the 40(16) letter is made from it.
 */
export const reviewStatuses = ['present', 'missing', 'insufficient'] as const;
const str = () => z.string().max(20000).default('');

export const reviewSchema = z.object({
  format: z.literal('mla-review'),
  formatVersion: z.literal(1),
  instrument: z.string().default(defaultInstrumentId),
  kind: z.string().refine((k) => kindIds().includes(k), 'unknown kind'),
  language: z.enum(languageCodes).default('en'),
  secondLanguage: z.union([z.literal(''), z.enum(languageCodes)]).default(''),
  received: z.object({ reference: str(), date: str(), requestingState: str(), requestingAuthority: str() }).prefault({}),
  ours: z.object({ authority: str(), reference: str(), date: str(), contactOfficer: str(), signatory: str() }).prefault({}),
  items: z.record(z.string().max(20), z.object({ status: z.union([z.literal(''), z.enum(reviewStatuses)]).default(''), note: str() })).default({}),
});
export type Review = z.output<typeof reviewSchema>;

export function emptyReview(kind: string, instrument = defaultInstrumentId): Review {
  return reviewSchema.parse({ format: 'mla-review', formatVersion: 1, instrument, kind });
}

export interface ReviewGap {
  citation: string;
  status: 'missing' | 'insufficient';
  note: string;
}

/** The elements the reviewer found missing or insufficient, in the catalogue's order, and how many are not yet reviewed. */
export function reviewGaps(review: Review): { gaps: ReviewGap[]; unreviewed: number; total: number } {
  const elements = elementsForKind(review.instrument, review.kind);
  const gaps: ReviewGap[] = [];
  let unreviewed = 0;
  for (const el of elements) {
    const item = review.items[el.citation];
    if (!item?.status) unreviewed++;
    else if (item.status !== 'present') gaps.push({ citation: el.citation, status: item.status, note: item.note.trim() });
  }
  return { gaps, unreviewed, total: elements.length };
}

/** A review prefilled from the completeness report of a request file: the checker's findings as the first draft. */
export function reviewFromReport(request: RequestData, report: CompletenessReport, reasonOf: (code: string) => string): Review {
  const a = request.answers as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const review = emptyReview(request.kind, request.instrument);
  review.language = request.language;
  review.secondLanguage = request.secondLanguage;
  review.received = {
    reference: text(a.reference), date: text(a.requestDate), requestingState: text(a.requestingState), requestingAuthority: text(a.requestingAuthority),
  };
  for (const el of report.elements) {
    review.items[el.citation] = el.state === 'missing'
      ? { status: 'missing', note: reasonOf(el.code ?? 'missing') }
      : { status: 'present', note: el.reason ?? '' };
  }
  return review;
}
