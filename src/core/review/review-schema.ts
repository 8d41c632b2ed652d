import { z } from 'zod';
import { defaultInstrumentId, elementsForKind, getInstrument, hasInstrument, kindIds } from '../catalogue/catalogue';
import { maxTextLength } from '../answer-types/answer-type';
import { languageCodes, type LanguageCode } from '../catalogue/catalogue-types';
import type { CompletenessReport, ElementStatus } from '../completeness/report-types';
import type { RequestData } from '../request/request-schema';

/**
 * A review of a request received from abroad (on paper, as a PDF, or as a file): for each element of the
 * applicable articles, the reviewer's finding and note. Saved like a draft; the 40(16) letter is made from it.
 */
export const reviewStatuses = ['present', 'missing', 'insufficient'] as const;
const str = () => z.string().max(maxTextLength).default('');
/** References print in every page header of the letter: kept to what a reference is. */
const reference = () => z.string().max(300).default('');
const translations = () => z.partialRecord(z.enum(languageCodes), z.record(z.string().max(100), z.string().max(maxTextLength))).default({});

export const reviewSchema = z.object({
  format: z.literal('mla-review'),
  formatVersion: z.literal(1),
  instrument: z.string().refine(hasInstrument, 'unknownInstrument').default(defaultInstrumentId),
  kind: z.string(),
  language: z.enum(languageCodes).default('en'),
  secondLanguage: z.union([z.literal(''), z.enum(languageCodes)]).default(''),
  received: z.object({ reference: reference(), date: str(), requestingState: str(), requestingAuthority: str() }).prefault({}),
  ours: z.object({ authority: str(), reference: reference(), date: str(), contactOfficer: str(), signatory: str() }).prefault({}),
  items: z.record(z.string().max(20), z.object({ status: z.union([z.literal(''), z.enum(reviewStatuses)]).default(''), note: str() })).default({}),
  /** The reviewer's notes in the letter's other language (`items.42(3)(c).note`), and what each was written for. */
  translations: translations(),
  translationBasis: z.partialRecord(z.enum(languageCodes), z.record(z.string().max(100), z.string().max(32))).default({}),
}).refine((r) => !hasInstrument(r.instrument) || kindIds(r.instrument).includes(r.kind), { path: ['kind'], message: 'unknownKind' });
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
/**
 * What the reviewer found wanting, in the catalogue's order, and what the letter asking for it cites: the
 * instrument's article on asking for more (40(16)), if it has one, and the languages its words are quoted in.
 */
export function reviewGaps(review: Review): {
  gaps: ReviewGap[]; unreviewed: number; total: number; additionalInformation?: string; verbatimLanguages: string[];
} {
  const elements = elementsForKind(review.instrument, review.kind);
  const gaps: ReviewGap[] = [];
  let unreviewed = 0;
  for (const el of elements) {
    const item = review.items[el.citation];
    if (!item?.status) unreviewed++;
    else if (item.status !== 'present') gaps.push({ citation: el.citation, status: item.status, note: item.note.trim() });
  }
  const instrument = getInstrument(review.instrument);
  return {
    gaps, unreviewed, total: elements.length,
    ...(instrument.procedure.additionalInformation ? { additionalInformation: instrument.procedure.additionalInformation } : {}),
    verbatimLanguages: [...instrument.verbatimLanguages],
  };
}

/**
 * A review prefilled from the completeness report of a request file: the checker's findings as the first
 * draft. A missing element is marked missing and a wrong one insufficient, with the checker's reason; one
 * with warnings is left for the reviewer to judge; only an element the checker found whole is marked present.
 * Notes are written in `language`, the language the reasons are given in.
 */
export function reviewFromReport(
  request: RequestData, report: CompletenessReport, reasonOf: (el: ElementStatus) => string, warningsOf: (el: ElementStatus) => string, language: LanguageCode,
): Review {
  const a = request.answers as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const review = emptyReview(request.kind, request.instrument);
  review.language = language;
  review.secondLanguage = request.language !== language ? request.language : '';
  review.received = {
    reference: text(a.reference), date: text(a.requestDate), requestingState: text(a.requestingState), requestingAuthority: text(a.requestingAuthority),
  };
  for (const el of report.elements) {
    review.items[el.citation] = el.state === 'missing' ? { status: 'missing', note: reasonOf(el) }
      : el.state === 'invalid' ? { status: 'insufficient', note: reasonOf(el) }
        : el.warnings ? { status: '', note: warningsOf(el) }
          : { status: 'present', note: el.reason ?? '' };
  }
  return review;
}
