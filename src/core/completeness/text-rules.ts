import { fieldKeysForKind } from '../catalogue/catalogue';
import { allPrintAsWritten, codeOf, findPrintIssues, scriptName } from '../printable/printable-text';
import type { RequestData } from '../request/request-schema';
import { translationUnits } from '../translation/translation-units';
import type { ReportIssue } from './report-types';

/** Every string inside a value, as written. */
function texts(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) texts(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) texts(v, out);
  return out;
}

/** Every string inside a value, with its path below the value (`0.name`). */
function strings(value: unknown, sub: string, out: [string, string][]): [string, string][] {
  // Trimmed, as answers print: blanks around the words are not printed, so not reported.
  if (typeof value === 'string') out.push([sub, value.trim()]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, sub ? `${sub}.${i}` : String(i), out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, sub ? `${sub}.${k}` : k, out);
  return out;
}

const join = (path: string, sub: string) => (sub ? `${path}.${sub}` : path);
const listed = (codes: string[]) => (codes.length > 5 ? `${codes.slice(0, 5).join(', ')} (+${codes.length - 5})` : codes.join(', '));

/** Print problems of one text, added to issues: characters no font has, invisible controls, piled-up combining marks. */
function addPrintIssues(issues: ReportIssue[], path: string, text: string, field: string) {
  const found = findPrintIssues(text);
  if (found.length === 0) return;
  const codePoints = (kind: 'unprintable' | 'control') => [...new Set(found.flatMap((f) => (f.kind === kind && 'cp' in f ? [f.cp] : [])))];
  const unprintable = codePoints('unprintable');
  if (unprintable.length) {
    issues.push({
      severity: 'warning', code: 'unprintable', path,
      params: { field, count: unprintable.length, chars: listed(unprintable.map((cp) => `${codeOf(cp)} ${String.fromCodePoint(cp)} (${scriptName(cp)})`)) },
    });
  }
  const controls = codePoints('control');
  if (controls.length) issues.push({ severity: 'warning', code: 'invisibleControl', path, params: { field, chars: listed(controls.map(codeOf)) } });
  const stacked = found.flatMap((f) => (f.kind === 'stackedMarks' ? [f.count] : []));
  if (stacked.length) issues.push({ severity: 'warning', code: 'stackedMarks', path, params: { field, count: stacked.reduce((a, b) => Math.max(a, b)) } });
}

/**
 * What the document would print differently from what was typed: characters it cannot print (in answers and
 * in the translations it uses), and, in the second language, the user's words with no version in it or a
 * version written for an earlier original.
 */
export function textIssues(request: RequestData): ReportIssue[] {
  const answers = request.answers as Record<string, unknown>;
  const issues: ReportIssue[] = [];
  const fields = fieldKeysForKind(request.instrument, request.kind);
  // Most requests print as written: their answers are looked at one by one, with paths, only when they do not.
  const answerTexts: string[] = [];
  for (const field of fields) texts(answers[field], answerTexts);
  if (!allPrintAsWritten(answerTexts)) {
    for (const field of fields) {
      for (const [sub, text] of strings(answers[field], '', [])) addPrintIssues(issues, join(`answers.${field}`, sub), text, field);
    }
  }
  const second = request.secondLanguage;
  if (!second || second === request.language) return issues;
  const units = translationUnits(request, second);
  const translationsPlain = allPrintAsWritten(units.map((u) => u.translated));
  for (const unit of units) {
    const path = `translations.${second}.${unit.key}`;
    const params = { field: unit.field, part: unit.sub, lang: second };
    if (!unit.translated) issues.push({ severity: 'warning', code: 'translationMissing', path, params });
    else {
      if (unit.stale) issues.push({ severity: 'warning', code: 'translationStale', path, params });
      if (!translationsPlain) addPrintIssues(issues, path, unit.translated, unit.field);
    }
  }
  return issues;
}
