import {
  detailBasis, elementsForKind, fieldKeysForKind, fieldLabelKey, getField, getInstrument, getKind, holds, kindRules, listsForKind,
} from '../catalogue/catalogue';
import { hasContent } from '../answer-types';
import type { DocumentPlace } from '../catalogue/catalogue-types';
import type { CompletenessReport, ElementState } from '../completeness/report-types';
import type { RequestData } from '../request/request-schema';

/** How an answer stands: given, missing (an element needs it), wrong (breaks a rule), or simply not given. */
export type AnswerStanding = 'given' | 'missing' | 'invalid' | 'empty';

export interface AnswerEntry {
  field: string;
  labelKey: string;
  standing: AnswerStanding;
  /** Printed under an earlier element already: referred to, not repeated. */
  earlier?: string;
  /** Asked, never required here (particular procedures, or any answer of an element not required). */
  optional: boolean;
}

export interface ElementEntry {
  citation: string;
  /** `catalogue:…elements.<citation>`: the instrument's words, or this tool's for a practice list. */
  textKey: string;
  state: ElementState;
  /** Why not required (the condition's own words), as an i18next key. */
  notRequiredKey?: string;
  answers: AnswerEntry[];
}

export interface ListEntry {
  id: string;
  headingKey: string;
  /** A list of this tool's own, where the instrument gives none: said wherever it is shown. */
  practice: boolean;
  elements: ElementEntry[];
}

/** A sentence of the instrument the request prints (40(19) use limitation), with its citation. */
export interface ClauseEntry {
  id: string;
  citation: string;
  textKey: string;
}

/** A number with a minimum in the law (42(8)): whether it meets it, so the document never quotes a rule it breaks. */
export interface MinimumEntry {
  field: string;
  labelKey: string;
  value: number;
  min: number;
  citation: string;
}

/**
 * Everything a request document says, and how each part stands, read once from the catalogue and the report:
 * the PDF, the Review step, the export panel and the 40(16) letter take it from here, so none of them decides
 * for itself what is missing or which article applies.
 */
export interface DocumentModel {
  instrument: string;
  kind: string;
  titleKey: string;
  shortTitleKey: string;
  article: string;
  missingCount: number;
  errorCount: number;
  /** Answers printed outside the lists, by where they print. */
  places: Record<Exclude<DocumentPlace, 'clause'>, AnswerEntry[]>;
  lists: ListEntry[];
  /** Details and optional answers that belong nowhere else, in the kind's order. */
  particulars: AnswerEntry[];
  minimums: MinimumEntry[];
  urgencyBasis?: string;
  clauses: ClauseEntry[];
  /** Every page is marked confidential. */
  marked: boolean;
  /** How each answer of the kind stands. */
  standing: Record<string, AnswerStanding>;
  /** Where the instrument says how to ask for more information (40(16)). */
  additionalInformation?: string;
  /** Languages the instrument's words are quoted in verbatim; any other is a rendering, marked *. */
  verbatimLanguages: string[];
}

const places: Exclude<DocumentPlace, 'clause'>[] = ['from', 'to', 'reference', 'urgency', 'annexes', 'contact', 'signature'];

/**
 * How each answer of the kind stands, from the report: the Review step, the step list and the document all
 * mark an answer from here, so a field is never "missing" in one and fine in another.
 */
export function answerStandings(request: RequestData, report: CompletenessReport): Record<string, AnswerStanding> {
  const { instrument: id, kind: kindId } = request;
  const answers = (request.answers ?? {}) as Record<string, unknown>;
  const missingFields = new Set(report.missingAnswers.map((m) => m.field));
  const wrongFields = new Set(report.issues.filter((i) => i.severity === 'error').map((i) => i.path.split('.')[1] ?? ''));
  return Object.fromEntries(fieldKeysForKind(id, kindId).map((k) => [k,
    wrongFields.has(k) ? 'invalid' : missingFields.has(k) ? 'missing' : hasContent(getField(k).type, answers[k]) ? 'given' : 'empty']));
}

export function documentModel(request: RequestData, report: CompletenessReport): DocumentModel {
  const { instrument: id, kind: kindId } = request;
  const instrument = getInstrument(id);
  const kind = getKind(id, kindId);
  const answers = (request.answers ?? {}) as Record<string, unknown>;
  const ns = `catalogue:instruments.${id}`;
  const standing = answerStandings(request, report);
  const entry = (field: string, optional = false, earlier?: string): AnswerEntry => ({
    field, labelKey: fieldLabelKey(id, kindId, field), standing: standing[field] ?? 'empty', optional, ...(earlier ? { earlier } : {}),
  });

  const printedAt = new Map<string, string>();
  const lists: ListEntry[] = listsForKind(id, kindId).map((list) => ({
    id: list.id, headingKey: `${ns}.lists.${list.id}`, practice: list.source === 'practice',
    elements: list.elements.map((el) => {
      const status = report.elements.find((e) => e.citation === el.citation);
      const state = status?.state ?? 'missing';
      const keys = [...el.answers, ...(el.optionalAnswers ?? [])];
      const elementAnswers = keys.flatMap((field) => {
        const optional = state === 'not-required' || !el.answers.includes(field);
        const earlier = printedAt.get(field);
        // Not required, and nothing written: nothing to print.
        if (state === 'not-required' && (earlier || standing[field] === 'empty')) return [];
        if (!earlier && standing[field] !== 'missing') printedAt.set(field, el.citation);
        return [entry(field, optional, earlier)];
      });
      return {
        citation: el.citation, textKey: `${ns}.elements.${el.citation}`, state,
        ...(state === 'not-required' ? { notRequiredKey: `${ns}.notRequired.${el.citation}` } : {}),
        answers: elementAnswers,
      };
    }),
  }));

  const elementFields = new Set(elementsForKind(id, kindId).flatMap((el) => [...el.answers, ...(el.optionalAnswers ?? [])]));
  const own = [...kind.details, ...kind.optional];
  const byPlace = Object.fromEntries(places.map((p) => [p, fieldKeysForKind(id, kindId).filter((k) => getField(k).document === p).map((k) => entry(k, kind.optional.includes(k)))])) as DocumentModel['places'];
  const minimumRules = kindRules(id, kindId, 'minimumDays');
  const particulars = own.filter((k) => !elementFields.has(k) && !getField(k).document && !minimumRules.some((r) => r.answer === k && typeof answers[k] === 'number'))
    .map((k) => entry(k, kind.optional.includes(k)));
  const minimums = minimumRules.flatMap((r) => (typeof answers[r.answer] === 'number' ? [{ field: r.answer, labelKey: fieldLabelKey(id, kindId, r.answer), value: answers[r.answer] as number, min: r.min, citation: r.citation }] : []));

  return {
    instrument: id, kind: kindId, titleKey: `${ns}.kinds.${kindId}`, shortTitleKey: `${ns}.shortTitle`, article: kind.article,
    missingCount: report.elements.filter((e) => e.state === 'missing').length,
    errorCount: report.issues.filter((i) => i.severity === 'error').length,
    places: byPlace, lists, particulars, minimums,
    urgencyBasis: detailBasis(id, 'urgency'),
    clauses: kind.clauses.filter((c) => holds(answers, c.when)).map((c) => ({ id: c.clause, citation: instrument.clauses[c.clause]!.citation, textKey: `${ns}.clauses.${c.clause}` })),
    marked: kind.marking !== undefined && holds(answers, kind.marking),
    standing,
    additionalInformation: instrument.procedure.additionalInformation,
    verbatimLanguages: [...instrument.verbatimLanguages],
  };
}
