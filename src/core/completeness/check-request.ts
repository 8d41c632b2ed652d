import {
  detailBasis, elementsForKind, fieldKeysForKind, getField, getInstrument, getKind, isTranslatable, listsForKind,
} from '../catalogue/catalogue';
import type { CatalogueElement } from '../catalogue/catalogue-schema';
import { evaluateAnswer, type AnswerEvaluation } from '../request/field-evaluation';
import type { RequestData } from '../request/request-schema';
import type { CompletenessReport, DetailStatus, ElementStatus, MissingAnswer, ReportIssue } from './report-types';

const answerPath = (key: string, sub?: string) => (sub ? `answers.${key}.${sub}` : `answers.${key}`);

const translatableCache = new Map<string, string[]>();
const translatableKeys = (instrumentId: string, kind: string) => {
  const cacheKey = `${instrumentId}/${kind}`;
  let keys = translatableCache.get(cacheKey);
  if (!keys) translatableCache.set(cacheKey, (keys = fieldKeysForKind(instrumentId, kind).filter(isTranslatable)));
  return keys;
};

/** Whether a translatable answer holds any words of the user's (its text, or its reason for "not applicable"). */
function hasOwnWords(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().length > 0;
  if (value && typeof value === 'object') {
    const v = value as { text?: unknown; reason?: unknown };
    return [v.text, v.reason].some((x) => typeof x === 'string' && x.trim().length > 0);
  }
  return false;
}

function conditionWaives(el: CatalogueElement, answers: Record<string, unknown>): boolean {
  const c = el.condition;
  if (!c) return false;
  const chosen = answers[c.answer];
  return Array.isArray(chosen) && chosen.length > 0 && chosen.every((p) => c.purposes.includes(String(p)));
}

function elementStatus(
  el: CatalogueElement, listId: string, answers: Record<string, unknown>, evaluations: Map<string, AnswerEvaluation>,
): ElementStatus {
  const first = el.answers[0]!;
  if (conditionWaives(el, answers)) {
    return { citation: el.citation, list: listId, path: answerPath(first), state: 'not-required', code: el.condition!.type };
  }
  let notApplicable: AnswerEvaluation | undefined;
  for (const key of el.answers) {
    const ev = evaluations.get(key)!;
    if (ev.state === 'missing') {
      return { citation: el.citation, list: listId, path: answerPath(key, ev.missingSubPath), state: 'missing', code: ev.missingCode };
    }
    if (ev.state === 'not-applicable' && !notApplicable) notApplicable = ev;
  }
  return notApplicable
    ? { citation: el.citation, list: listId, path: answerPath(first), state: 'not-applicable', reason: notApplicable.reason }
    : { citation: el.citation, list: listId, path: answerPath(first), state: 'complete' };
}

/** Request → report. Pure: no I/O, no React, no clock. */
export function checkRequest(request: RequestData): CompletenessReport {
  const { instrument: instrumentId, kind } = request;
  const answers = request.answers as Record<string, unknown>;
  const evaluations = new Map<string, AnswerEvaluation>();
  const evaluate = (key: string) => {
    let ev = evaluations.get(key);
    if (!ev) {
      ev = evaluateAnswer(getField(key).type, answers[key]);
      evaluations.set(key, ev);
    }
    return ev;
  };

  const elements: ElementStatus[] = [];
  for (const list of listsForKind(instrumentId, kind)) {
    for (const el of list.elements) {
      el.answers.forEach(evaluate);
      elements.push(elementStatus(el, list.id, answers, evaluations));
    }
  }

  const details: DetailStatus[] = getKind(instrumentId, kind).details.map((key) => {
    const ev = evaluate(key);
    return {
      field: key, basis: detailBasis(instrumentId, key), path: answerPath(key, ev.missingSubPath),
      state: ev.state === 'missing' ? 'missing' : 'complete',
    };
  });

  const issues: ReportIssue[] = [];
  const citationOf = (key: string) =>
    elementsForKind(instrumentId, kind).find((el) => el.answers.includes(key))?.citation ?? detailBasis(instrumentId, key);
  for (const [key, ev] of evaluations) {
    for (const p of ev.problems) {
      issues.push({ severity: p.severity, code: p.code, path: answerPath(key, p.subPath), citation: citationOf(key), params: p.params });
    }
  }
  const rule = getInstrument(instrumentId).rules.minPreservationDays;
  const days = answers.preservationDays;
  if (kind === 'preservation' && typeof days === 'number' && days < rule.value) {
    issues.push({
      severity: 'warning', code: 'preservationTooShort', path: answerPath('preservationDays'),
      citation: rule.citation, params: { days, min: rule.value },
    });
  }
  // The second language of the document: narrative answers without a version in it print with a note.
  const second = request.secondLanguage;
  if (second && second !== request.language) {
    for (const key of translatableKeys(instrumentId, kind)) {
      if (hasOwnWords(answers[key]) && !request.translations?.[second]?.[key]?.trim()) {
        issues.push({ severity: 'warning', code: 'translationMissing', path: `translations.${second}.${key}`, params: { field: key, lang: second } });
      }
    }
  }
  for (const d of details) {
    if (d.state === 'missing') issues.push({ severity: 'warning', code: 'detailMissing', path: d.path, citation: d.basis, params: { field: d.field } });
  }

  const missingAnswers: MissingAnswer[] = [];
  for (const el of elements.filter((e) => e.state === 'missing')) {
    const def = elementsForKind(instrumentId, kind).find((d) => d.citation === el.citation)!;
    for (const key of def.answers) {
      const ev = evaluations.get(key)!;
      if (ev.state !== 'missing') continue;
      const path = answerPath(key, ev.missingSubPath);
      const seen = missingAnswers.find((m) => m.path === path);
      if (seen) seen.citations.push(el.citation);
      else missingAnswers.push({ field: key, path, code: ev.missingCode ?? 'missing', citations: [el.citation] });
    }
  }

  const satisfied = elements.filter((e) => e.state !== 'missing').length;
  return {
    instrument: instrumentId, kind,
    complete: satisfied === elements.length && !issues.some((i) => i.severity === 'error'),
    elements, details, issues, missingAnswers, satisfied, total: elements.length,
  };
}
