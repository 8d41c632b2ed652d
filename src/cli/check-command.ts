import { formatCitation, kindName } from '../core/catalogue/catalogue';
import { checkRequest } from '../core/completeness/check-request';
import { parseFailureMessage, reportEntries, type ReportEntries, type Translate } from '../core/completeness/report-messages';
import { collectFiles, type Collected, type FsLike } from './collect-files';
import { readRequestFile } from './read-request-file';
import { terminalSafe, terminalSafeJson } from './terminal-text';

export interface FileReport extends ReportEntries {
  file: string;
  /** The treaty the request is made under; null, with kind, when the file is not a request. */
  instrument: string | null;
  kind: string | null;
  complete: boolean;
}

const knownFsErrors = ['ENOENT', 'EACCES', 'EISDIR', 'ELOOP', 'ENOTDIR'];
const fsReason = (code: string, t: Translate) => (knownFsErrors.includes(code) ? t(`cli.fsErrors.${code}`) : t('cli.fsErrors.other', { code }));

export const exitCodes = { complete: 0, incomplete: 1, notRequest: 2 } as const;

const refusal = (file: string, code: string, message: string): FileReport => ({
  file, instrument: null, kind: null, complete: false, missing: [], errors: [{ article: null, path: '', message, code }], warnings: [],
});

/** One file's report. Never throws: a bug in checking one file is that file's "internal error", and the run goes on. */
export function checkFile(file: string, t: Translate, today: string): { report: FileReport; exit: number } {
  try {
    const read = readRequestFile(file);
    if (!read.ok) {
      const reason = read.code === 'unreadable' ? t('cli.unreadable', { reason: fsReason(read.params.message, t) })
        : read.code === 'notRegularFile' ? t('cli.notRegularFile', { type: t(`cli.fileTypes.${read.params.message}`) })
          : t('cli.notRequest', { reason: parseFailureMessage(t, read) });
      return { report: refusal(file, read.code, reason), exit: exitCodes.notRequest };
    }
    const report = checkRequest(read.request, { today });
    return {
      report: { file, instrument: read.request.instrument, kind: report.kind, complete: report.complete, ...reportEntries(t, report) },
      exit: report.complete ? exitCodes.complete : exitCodes.incomplete,
    };
  } catch (err) {
    return { report: refusal(file, 'internalError', t('cli.internalError', { message: err instanceof Error ? err.message : String(err) })), exit: exitCodes.notRequest };
  }
}

/** "3 missing, 1 error, 2 warnings": each count of what the lines below it list, nothing else. */
function counts(r: FileReport, t: Translate, withCitations: boolean): string[] {
  // Each gap by its citation, or by the answer it concerns where no article names it (a reference number).
  const cite = (list: { article: string | null; path: string }[]) =>
    (withCitations ? ` (${list.map((x) => x.article ?? (x.path.replace(/^answers\./, '') || '-')).join(', ')})` : '');
  return [
    r.missing.length ? `${t('cli.missingCount', { count: r.missing.length })}${cite(r.missing)}` : '',
    r.errors.length ? `${t('cli.errorCount', { count: r.errors.length })}${cite(r.errors)}` : '',
    r.warnings.length ? `${t('cli.warningCount', { count: r.warnings.length })}${cite(r.warnings)}` : '',
  ].filter(Boolean);
}

function headline(r: FileReport, t: Translate, withCitations: boolean): string {
  if (r.kind === null) return `${r.file}: ${r.errors[0]?.message ?? ''}`;
  const state = r.complete ? t('cli.complete') : t('cli.incomplete');
  const parts = counts(r, t, withCitations);
  return `${r.file} [${kindName(r.instrument ?? '', r.kind)}]: ${state}${parts.length ? `${r.complete ? ', ' : ': '}${parts.join(', ')}` : ''}`;
}

/** One file's full report: a headline whose counts match the lines under it. */
export function formatHuman(r: FileReport, t: Translate): string {
  const lines = [headline(r, t, false)];
  if (r.kind !== null) {
    for (const m of r.missing) lines.push(`  ${t('cli.missingLine', { citation: m.article, text: m.message, why: m.reason })}`);
    for (const e of r.errors) lines.push(`  ${t('cli.errorLine', { citation: e.article ?? '-', message: e.message })}`);
    for (const w of r.warnings) lines.push(`  ${t('cli.warningLine', { citation: w.article ?? '-', message: w.message })}`);
  }
  return lines.map(terminalSafe).join('\n');
}

/** One line for a file in a bulk run: its state, and the citations of each count. */
export const formatLine = (r: FileReport, t: Translate) => terminalSafe(headline(r, t, true));

interface Tally {
  files: number;
  complete: number;
  withWarnings: number;
  incomplete: number;
  bad: number;
  missing: Map<string, number>;
}

function summarise(tally: Tally, t: Translate): string[] {
  const top = [...tally.missing.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
  const lines = [
    t('cli.summary', { count: tally.files, complete: tally.complete, withWarnings: tally.withWarnings, incomplete: tally.incomplete, bad: tally.bad }),
    top.length ? t('cli.mostMissing', { list: top.map(([c, n]) => `${c} (${n})`).join(', ') }) : t('cli.noneMissing'),
  ];
  return lines;
}

/** What a folder walk passed over, one line each: links and special files are not checked, and say so. */
function skippedLines(collected: Collected, t: Translate): string[] {
  return collected.skipped.map((s) => terminalSafe(s.reason === 'unreadableFolder'
    ? t('cli.unreadableFolder', { path: s.path, reason: fsReason(s.code ?? '', t) })
    : t('cli.skipped', { path: s.path, type: t(`cli.fileTypes.${s.reason}`) })));
}

/**
 * Checks files and folders. One file: its report in full. Several: one line each and a summary. Reports are
 * written as they are made (with --json too), so memory does not grow with the number of files.
 */
export interface CheckRunOptions {
  json: boolean;
  t: Translate;
  today: string;
  write: (s: string) => void;
  warn: (s: string) => void;
  fs?: FsLike;
}

export function runCheck(paths: string[], opts: CheckRunOptions): number {
  const { t } = opts;
  const collected = collectFiles(paths, opts.fs);
  let exit: number = collected.skipped.some((s) => s.reason === 'unreadableFolder') ? exitCodes.notRequest : exitCodes.complete;
  // Listed with the report in human output; beside it (standard error) when standard output is JSON.
  skippedLines(collected, t).forEach(opts.json ? opts.warn : opts.write);
  if (collected.files.length === 0) {
    (opts.json ? opts.warn : opts.write)(terminalSafe(t('cli.nothingToCheck', { paths: paths.join(', '), ignored: collected.ignored })));
    if (opts.json) opts.write('[]');
    return exitCodes.notRequest;
  }
  const tally: Tally = { files: 0, complete: 0, withWarnings: 0, incomplete: 0, bad: 0, missing: new Map() };
  if (opts.json) opts.write('[');
  for (const [i, file] of collected.files.entries()) {
    const { report, exit: e } = checkFile(file, t, opts.today);
    exit = Math.max(exit, e);
    tally.files++;
    if (report.kind === null) tally.bad++;
    else if (report.complete) {
      tally.complete++;
      if (report.warnings.length) tally.withWarnings++;
    } else tally.incomplete++;
    // Counted by the citation in its instrument's form: 50(2)(d) of the 2017 draft is not 50(2)(d) of another treaty.
    for (const m of report.missing) {
      const cited = formatCitation(report.instrument ?? '', m.article);
      tally.missing.set(cited, (tally.missing.get(cited) ?? 0) + 1);
    }
    if (opts.json) opts.write(`${terminalSafeJson(JSON.stringify(report, null, 2))}${i < collected.files.length - 1 ? ',' : ''}`);
    else opts.write(collected.files.length === 1 && paths.length === 1 && collected.files[0] === paths[0] ? formatHuman(report, t) : formatLine(report, t));
  }
  if (opts.json) opts.write(']');
  else if (collected.files.length > 1 || collected.files[0] !== paths[0]) summarise(tally, t).forEach((l) => opts.write(l));
  return exit;
}
