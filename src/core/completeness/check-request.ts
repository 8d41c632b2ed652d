import { answerTypes, type AnswerEvaluation, type AnswerProblem } from '../answer-types';
import { maxTextLength } from '../answer-types/answer-type';
import { detailBasis, getField, getKind, listsForKind, memo } from '../catalogue/catalogue';
import type { CatalogueElement } from '../catalogue/catalogue-types';
import { answerSchema, type RequestData } from '../request/request-schema';
import { problemOfIssue } from '../request/value-problems';
import { dateIssues } from './date-rules';
import { kindRuleIssues } from './kind-rules';
import type { CompletenessReport, DetailStatus, ElementStatus, MissingAnswer, ReportIssue } from './report-types';
import { textIssues } from './text-rules';

export interface CheckOptions {
  /** Today's date (YYYY-MM-DD): the checker has no clock, the caller gives it. */
  today: string;
  /**
   * Check each answer against its schema too (limits, formats): needed for what a form holds while it is
   * typed in; a request that came through `parseRequest` has been checked already.
   */
  validate?: boolean;
}

const answerPath = (key: string, sub?: string) => (sub ? `answers.${key}.${sub}` : `answers.${key}`);

/** Translations longer than any answer may be (kept when a stored draft is opened, to be marked). */
function translationLimitIssues(request: RequestData): ReportIssue[] {
  const translations = request.translations && typeof request.translations === 'object' ? request.translations : {};
  return Object.entries(translations).flatMap(([lang, byKey]) => Object.entries(byKey ?? {}).flatMap(([key, text]) =>
    typeof text === 'string' && text.length > maxTextLength
      ? [{ severity: 'error' as const, code: 'tooLong', path: `translations.${lang}.${key}`, params: { max: maxTextLength, given: text.length } }]
      : []));
}

function conditionWaives(el: CatalogueElement, answers: Record<string, unknown>): boolean {
  const c = el.condition;
  if (!c) return false;
  const chosen = answers[c.answer];
  return Array.isArray(chosen) && chosen.length > 0 && chosen.every((p) => c.purposes.includes(String(p)));
}

/** An answer's evaluation, with the schema's own objections (too long, not a date) as errors when asked. */
function evaluate(instrument: string, key: string, value: unknown, validate: boolean): AnswerEvaluation {
  const ev = answerTypes[getField(key).type].evaluate(value);
  if (!validate) return ev;
  const parsed = answerSchema(instrument, key).safeParse(value);
  if (parsed.success) return ev;
  const schemaProblems: AnswerProblem[] = parsed.error.issues.map((issue) => {
    const { code, params } = problemOfIssue(issue, value);
    return { subPath: issue.path.join('.') || undefined, code, params, severity: 'error' };
  });
  return { ...ev, problems: [...schemaProblems, ...ev.problems] };
}

/** One element of a kind's lists, with what checking it needs worked out once, not once a request. */
interface ElementPlan {
  el: CatalogueElement;
  listId: string;
  /** Its answers, required then optional. */
  keys: string[];
  /** Their form paths: an error at or below one of them makes the element invalid. */
  prefixes: string[];
}
interface KindPlan {
  elements: ElementPlan[];
  /** The citation an answer's problems are reported under: its first element's, else its detail's basis. */
  citationOf: Map<string, string | undefined>;
}

const planFor = memo((instrumentId: string, kind: string): KindPlan => {
  const elements = listsForKind(instrumentId, kind).flatMap((list) => list.elements.map((el) => {
    const keys = [...el.answers, ...(el.optionalAnswers ?? [])];
    return { el, listId: list.id, keys, prefixes: keys.map((k) => answerPath(k)) };
  }));
  const { details, optional } = getKind(instrumentId, kind);
  const citationOf = new Map<string, string | undefined>();
  for (const key of [...elements.flatMap((e) => e.keys), ...details, ...optional]) {
    if (!citationOf.has(key)) citationOf.set(key, elements.find((e) => e.keys.includes(key))?.el.citation ?? detailBasis(instrumentId, key));
  }
  return { elements, citationOf };
});

function elementStatus({ el, listId, keys }: ElementPlan, answers: Record<string, unknown>, evaluations: Map<string, AnswerEvaluation>): ElementStatus {
  const first = el.answers[0]!;
  if (conditionWaives(el, answers)) return { citation: el.citation, list: listId, path: answerPath(first), state: 'not-required', code: el.condition!.type };
  let notApplicable: AnswerEvaluation | undefined;
  for (const key of el.answers) {
    const ev = evaluations.get(key)!;
    if (ev.state === 'missing') return { citation: el.citation, list: listId, path: answerPath(key, ev.missingSubPath), state: 'missing', code: ev.missingCode };
    if (ev.state === 'not-applicable') notApplicable ??= ev;
  }
  let warnings = 0;
  for (const key of keys) for (const p of evaluations.get(key)!.problems) if (p.severity === 'warning') warnings++;
  const status: ElementStatus = notApplicable
    ? { citation: el.citation, list: listId, path: answerPath(first), state: 'not-applicable', reason: notApplicable.reason }
    : { citation: el.citation, list: listId, path: answerPath(first), state: 'complete' };
  if (warnings) status.warnings = warnings;
  return status;
}

/** Request → report. Pure: no I/O, no React, no clock (today is given). */
export function checkRequest(request: RequestData, options: CheckOptions): CompletenessReport {
  const { instrument: instrumentId, kind } = request;
  const answers = (request.answers && typeof request.answers === 'object' ? request.answers : {}) as Record<string, unknown>;
  const validate = options.validate ?? false;
  const evaluations = new Map<string, AnswerEvaluation>();
  const evaluated = (key: string) => {
    let ev = evaluations.get(key);
    if (!ev) evaluations.set(key, (ev = evaluate(instrumentId, key, answers[key], validate)));
    return ev;
  };

  const plan = planFor(instrumentId, kind);
  // Index for index with plan.elements.
  const elements: ElementStatus[] = plan.elements.map((ep) => {
    for (const key of ep.keys) evaluated(key);
    return elementStatus(ep, answers, evaluations);
  });
  const kindDef = getKind(instrumentId, kind);
  const details: DetailStatus[] = kindDef.details.map((key) => {
    const ev = evaluated(key);
    return { field: key, basis: detailBasis(instrumentId, key), path: answerPath(key, ev.missingSubPath), state: ev.state === 'missing' ? 'missing' : 'complete' };
  });
  kindDef.optional.forEach(evaluated);

  let issues: ReportIssue[] = [];
  for (const [key, ev] of evaluations) {
    for (const p of ev.problems) issues.push({ severity: p.severity, code: p.code, path: answerPath(key, p.subPath), citation: plan.citationOf.get(key), params: { field: key, ...p.params } });
  }
  issues = issues.concat(kindRuleIssues(request, options.today), dateIssues(request, options.today), textIssues(request));
  if (validate) issues = issues.concat(translationLimitIssues(request));
  for (const d of details) {
    if (d.state === 'missing') issues.push({ severity: 'warning', code: 'detailMissing', path: d.path, citation: d.basis, params: { field: d.field } });
  }

  // Given, but wrong: an element whose answer carries an error (its own, or a rule's) is never complete.
  const errors = issues.filter((is) => is.severity === 'error');
  for (let i = 0; errors.length > 0 && i < elements.length; i++) {
    const el = elements[i]!;
    if (el.state !== 'complete' && el.state !== 'not-applicable') continue;
    const { prefixes } = plan.elements[i]!;
    const error = errors.find((is) => prefixes.some((p) => is.path === p || is.path.startsWith(`${p}.`)));
    if (error) elements[i] = { citation: el.citation, list: el.list, path: error.path, state: 'invalid', code: error.code, params: error.params };
  }

  const missingAnswers: MissingAnswer[] = [];
  for (const [i, el] of elements.entries()) {
    if (el.state !== 'missing') continue;
    for (const key of plan.elements[i]!.el.answers) {
      const ev = evaluations.get(key)!;
      if (ev.state !== 'missing') continue;
      const path = answerPath(key, ev.missingSubPath);
      const seen = missingAnswers.find((m) => m.path === path);
      if (seen) seen.citations.push(el.citation);
      else missingAnswers.push({ field: key, path, code: ev.missingCode ?? 'missing', citations: [el.citation] });
    }
  }

  const satisfied = elements.filter((e) => e.state !== 'missing' && e.state !== 'invalid').length;
  return {
    instrument: instrumentId, kind,
    complete: satisfied === elements.length && !issues.some((i) => i.severity === 'error'),
    elements, details, issues, missingAnswers, satisfied, total: elements.length,
  };
}
