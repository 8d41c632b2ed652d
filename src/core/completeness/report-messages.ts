import { fieldLabelKey } from '../catalogue/catalogue';
import type { CompletenessReport, ElementStatus, ReportIssue } from './report-types';

/** Any i18next-like `t`; kept abstract so core code has no i18n dependency. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Where a message is said: labels can differ by kind (40(20) confidentiality in an MLA request). */
export interface MessageContext {
  instrument: string;
  kind: string;
}

export const elementTextKey = (instrument: string, citation: string) => `catalogue:instruments.${instrument}.elements.${citation}`;

/** A part of an answer in words: `0.name` → "1, name". */
export function partWords(t: Translate, sub: string): string {
  return sub.split('.').map((seg) => (/^\d+$/.test(seg) ? String(Number(seg) + 1) : t(`check.parts.${seg}`))).join(', ');
}

/**
 * A message code with its params, the params that name things put in words first: a field by its label, a
 * language, a kind of request, the part of an answer.
 */
export function codeMessage(t: Translate, code: string, params: Record<string, unknown> = {}, where?: MessageContext): string {
  const p: Record<string, unknown> = { ...params };
  if (typeof p.field === 'string' && where) p.field = t(fieldLabelKey(where.instrument, where.kind, p.field));
  if (typeof p.lang === 'string') p.lang = t(`lang.${p.lang}`);
  if (typeof p.kind === 'string' && where) p.kind = t(`catalogue:instruments.${where.instrument}.kinds.${p.kind}`);
  if (typeof p.expected === 'string') p.expected = t(`check.types.${p.expected}`);
  p.part = typeof p.part === 'string' && p.part ? ` (${partWords(t, p.part)})` : '';
  return t(`check.codes.${code}`, p);
}

export function issueMessage(t: Translate, issue: ReportIssue, where: MessageContext): string {
  return codeMessage(t, issue.code, issue.params, where);
}

/** Why an element is not satisfied, when more is known than "missing". */
export function elementReason(t: Translate, el: ElementStatus, where: MessageContext): string {
  // Not required: the instrument's own condition says why (service of documents only, 40(15)(c)).
  if (el.state === 'not-required') return t(`catalogue:instruments.${where.instrument}.notRequired.${el.citation}`);
  return codeMessage(t, el.code ?? 'missing', el.params, where);
}

/** A refusal of a file, in words: the problem of its first wrong value said as the field would say it. */
export function parseFailureMessage(t: Translate, failure: { code: string; params: Record<string, unknown> }): string {
  const params = { ...failure.params };
  if (typeof params.problem === 'string') params.problem = codeMessage(t, params.problem, params);
  return t(`parse.${failure.code}`, params);
}

export interface ReportEntries {
  missing: { article: string; path: string; message: string; reason: string; code: string }[];
  errors: { article: string | null; path: string; message: string; code: string }[];
  warnings: { article: string | null; path: string; message: string; code: string }[];
}

/** The portable list of gaps, as the CLI's --json prints it. */
export function reportEntries(t: Translate, report: CompletenessReport): ReportEntries {
  const where = { instrument: report.instrument, kind: report.kind };
  const missing = report.elements
    .filter((e) => e.state === 'missing')
    .map((e) => ({
      article: e.citation,
      path: e.path,
      message: t(elementTextKey(report.instrument, e.citation)),
      reason: elementReason(t, e, where),
      code: e.code ?? 'missing',
    }));
  const toEntry = (i: ReportIssue) => ({ article: i.citation ?? null, path: i.path, message: issueMessage(t, i, where), code: i.code });
  return {
    missing,
    errors: report.issues.filter((i) => i.severity === 'error').map(toEntry),
    warnings: report.issues.filter((i) => i.severity === 'warning').map(toEntry),
  };
}
