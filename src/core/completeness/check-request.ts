import {
  detailBasis, elementsForKind, fieldKeysForKind, getField, getInstrument, getKind, isTranslatable, listsForKind,
} from '../catalogue/catalogue';
import { formatAnswer } from '../request/format-answer';
import type { CatalogueElement } from '../catalogue/catalogue-schema';
import { evaluateAnswer, type AnswerEvaluation } from '../request/field-evaluation';
import type { RequestData } from '../request/request-schema';
import type { CompletenessReport, DetailStatus, ElementStatus, MissingAnswer, ReportIssue } from './report-types';

const answerPath = (key: string, sub?: string) => (sub ? `answers.${key}.${sub}` : `answers.${key}`);

function conditionWaives(el: CatalogueElement, answers: Record<string, unknown>): boolean {
  const c = el.condition;
  if (!c) return false;
  const chosen = answers[c.answer];
  return Array.isArray(chosen) && chosen.length > 0 && chosen.every((p) => c.purposes.includes(String(p)));
}

function elementStatus(
  el: CatalogueElement, listId: string, answers: Record<string, unknown>, evaluations: Map<string, AnswerEvaluation>,
): ElementStatus {
  const base = { citation: el.citation, list: listId, path: answerPath(el.answers[0]!) };
  if (conditionWaives(el, answers)) return { ...base, state: 'not-required', code: el.condition!.type };
  for (const key of el.answers) {
    const ev = evaluations.get(key)!;
    if (ev.state === 'missing') return { ...base, state: 'missing', path: answerPath(key, ev.missingSubPath), code: ev.missingCode };
  }
  const na = el.answers.map((k) => evaluations.get(k)!).find((ev) => ev.state === 'not-applicable');
  return na ? { ...base, state: 'not-applicable', reason: na.reason } : { ...base, state: 'complete' };
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
    for (const key of fieldKeysForKind(instrumentId, kind).filter(isTranslatable)) {
      const original = formatAnswer(getField(key).type, answers[key], () => 'x', instrumentId);
      if (original && !request.translations?.[second]?.[key]?.trim()) {
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
