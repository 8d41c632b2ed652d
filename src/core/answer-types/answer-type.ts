import { z } from 'zod';
import type { Translate } from '../completeness/report-messages';

/** What the checker learns from one answer. Codes are message keys (`check.codes.*`), never prose. */
export type AnswerState = 'complete' | 'missing' | 'not-applicable';
export interface AnswerProblem {
  /** Path below the answer, e.g. `to` or `0.time`. */
  subPath?: string;
  code: string;
  severity: 'error' | 'warning';
  params?: Record<string, string | number>;
}
export interface AnswerEvaluation {
  state: AnswerState;
  /** Why it is missing, when more precise than "missing". */
  missingCode?: string;
  missingSubPath?: string;
  reason?: string;
  problems: AnswerProblem[];
}

/** A piece of the user's own words inside an answer (`''` for the whole answer, `0.name` in a list). */
export interface ProsePart {
  sub: string;
  text: string;
}

export interface SchemaContext {
  /** For a choices answer: the citations of its choice set (40(3)(a)…). */
  choices: readonly string[];
  /** The field's own limit where it is stricter than the type's (a reference number). */
  maxLength?: number;
}

export interface FormatContext {
  /** Words for fixed values (yes, identifier types…) in the language being printed. */
  t: Translate;
  instrument: string;
  /** For a choices answer: the name of its choice set and the citations in it. */
  choiceSet: string;
  choices: readonly string[];
  /** The user's words at a sub-path as they print in this language: the original, or its translation. */
  words: (sub: string, text: string) => string;
  /** A date, or a date and time, in this language's long form (never 03/01/2026); as written when not one. */
  date: (iso: string) => string;
  dateTime: (value: string) => string;
}

/**
 * One kind of answer (text, period, list of identifiers…): its shape and limits, when it counts as given,
 * how it reads as text, and which parts are the user's own words (what a translation is asked for).
 */
export interface AnswerType {
  schema(ctx: SchemaContext): z.ZodType;
  evaluate(value: unknown): AnswerEvaluation;
  /** Plain text of the answer; '' when empty, so that the caller marks it missing. Nothing is filled in. */
  format(value: unknown, ctx: FormatContext): string;
  prose(value: unknown): ProsePart[];
  /** A new row of a list answer, from the schema's own defaults. */
  emptyRow?: () => unknown;
}

/** Longest free text any answer holds: about eight pages. */
export const maxTextLength = 20000;

export const textSchema = (max = maxTextLength) => z.string().max(max).default('');
export const isoDateSchema = () => z.union([z.literal(''), z.iso.date()]).default('');

export type Rec = Record<string, unknown>;
/** A trimmed string, or '' for anything else: values from files are never trusted to be strings. */
export const s = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
export const filled = (v: unknown): boolean => s(v).length > 0;
export const asRec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
export const asList = (v: unknown): Rec[] => (Array.isArray(v) ? v.map(asRec) : []);
export const lines = (...parts: string[]) => parts.filter(Boolean).join('\n');

export const ok = (problems: AnswerProblem[] = []): AnswerEvaluation => ({ state: 'complete', problems });
export const missing = (missingCode = 'missing', missingSubPath?: string, problems: AnswerProblem[] = []): AnswerEvaluation => ({
  state: 'missing', missingCode, missingSubPath, problems,
});
export const notApplicable = (reason: string): AnswerEvaluation => ({ state: 'not-applicable', reason, problems: [] });

/** Prose parts of a record's named text members, below a prefix (`0.` for a list row). */
export function proseOf(v: Rec, names: readonly string[], prefix = ''): ProsePart[] {
  const parts: ProsePart[] = [];
  for (const name of names) {
    const text = s(v[name]);
    if (text) parts.push({ sub: `${prefix}${name}`, text });
  }
  return parts;
}

/** A fixed value's word, or the value itself when it is not one this tool knows (a file from elsewhere). */
export function term(t: Translate, group: string, value: string, known: readonly string[]): string {
  return known.includes(value) ? t(`terms:${group}.${value}`) : value;
}
