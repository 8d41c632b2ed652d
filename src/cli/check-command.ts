import { checkRequest } from '../core/completeness/check-request';
import { reportEntries, type Translate } from '../core/completeness/report-messages';
import { collectFiles } from './collect-files';
import { readRequestFile } from './read-request-file';

export interface FileReport {
  file: string;
  kind: string | null;
  complete: boolean;
  missing: { article: string; path: string; message: string; reason: string; code: string }[];
  errors: { article: string | null; path: string | null; message: string; code: string }[];
  warnings: { article: string | null; path: string; message: string; code: string }[];
}

const knownFsErrors = ['ENOENT', 'EACCES', 'EISDIR'];
const fsReason = (code: string, t: Translate) =>
  knownFsErrors.includes(code) ? t(`cli.fsErrors.${code}`) : t('cli.fsErrors.other', { code });

export const exitCodes = { complete: 0, incomplete: 1, notRequest: 2 } as const;

export async function checkFile(file: string, t: Translate): Promise<{ report: FileReport; exit: number }> {
  const read = await readRequestFile(file);
  if (!read.ok) {
    const reason = read.code === 'unreadable' ? t('cli.unreadable', { reason: fsReason(read.params.message, t) }) : t('cli.notRequest', { reason: t(`parse.${read.code}`, read.params) });
    return {
      report: { file, kind: null, complete: false, missing: [], errors: [{ article: null, path: null, message: reason, code: read.code }], warnings: [] },
      exit: exitCodes.notRequest,
    };
  }
  const report = checkRequest(read.request);
  const entries = reportEntries(t, report);
  return {
    report: { file, kind: report.kind, complete: report.complete, ...entries },
    exit: report.complete ? exitCodes.complete : exitCodes.incomplete,
  };
}

export function formatHuman(r: FileReport, t: Translate): string {
  if (r.kind === null) return `${r.file}: ${r.errors[0]?.message ?? ''}`;
  const head = r.complete ? t('cli.complete') : t('cli.missingCount', { count: r.missing.length });
  const lines = [`${r.file} [${r.kind}]: ${head}`];
  for (const m of r.missing) lines.push(`  ${t('cli.missingLine', { citation: m.article, text: m.message, why: m.reason })}`);
  for (const e of r.errors) lines.push(`  ${t('cli.errorLine', { citation: e.article ?? '-', message: e.message })}`);
  for (const w of r.warnings) lines.push(`  ${t('cli.warningLine', { citation: w.article ?? '-', message: w.message })}`);
  return lines.join('\n');
}

/** One line for a file in a bulk run: its state and the citations it lacks. */
export function formatLine(r: FileReport, t: Translate): string {
  if (r.kind === null) return `${r.file}: ${r.errors[0]?.message ?? ''}`;
  if (r.complete) return `${r.file} [${r.kind}]: ${t('cli.complete')}`;
  const gaps = [...r.missing.map((m) => m.article), ...r.errors.map((e) => e.article ?? e.code)];
  return `${r.file} [${r.kind}]: ${t('cli.missingCount', { count: r.missing.length })}; ${t('cli.missingCitations', { list: gaps.join(', ') })}`;
}

/** How many files were complete, incomplete or not requests, and which elements were missing most often. */
export function summarise(reports: FileReport[], t: Translate): string[] {
  const bad = reports.filter((r) => r.kind === null).length;
  const complete = reports.filter((r) => r.complete).length;
  const counts = new Map<string, number>();
  for (const r of reports) for (const m of r.missing) counts.set(m.article, (counts.get(m.article) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
  return [
    t('cli.summary', { files: reports.length, complete, incomplete: reports.length - complete - bad, bad }),
    top.length ? t('cli.mostMissing', { list: top.map(([c, n]) => `${c} (${n})`).join(', ') }) : t('cli.noneMissing'),
  ];
}

/**
 * Checks files and folders. One file: its report in full. Several: one line each and a summary.
 * A bad file gets its one-line reason and the run goes on.
 */
export async function runCheck(paths: string[], opts: { json: boolean; t: Translate; write: (s: string) => void }): Promise<number> {
  const files = await collectFiles(paths);
  let exit: number = exitCodes.complete;
  const reports: FileReport[] = [];
  for (const file of files) {
    const { report, exit: e } = await checkFile(file, opts.t);
    exit = Math.max(exit, e);
    reports.push(report);
    if (!opts.json) opts.write(files.length === 1 ? formatHuman(report, opts.t) : formatLine(report, opts.t));
  }
  if (opts.json) opts.write(JSON.stringify(reports, null, 2));
  else if (files.length > 1) summarise(reports, opts.t).forEach((l) => opts.write(l));
  return exit;
}
