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

/** What a bulk run keeps of one file: its text as written out, and what the summary counts. */
export interface Outcome {
  text: string;
  exit: number;
  state: 'bad' | 'complete' | 'completeWithWarnings' | 'incomplete';
  /** The citations of its missing elements, in its instrument's form. */
  missing: string[];
}

/** One file of a run of several: its JSON report or its line, and its counts. The same in a worker or here. */
export function outcomeOf(file: string, t: Translate, today: string, json: boolean): Outcome {
  const { report, exit } = checkFile(file, t, today);
  return {
    text: json ? terminalSafeJson(JSON.stringify(report, null, 2)) : formatLine(report, t),
    exit,
    state: report.kind === null ? 'bad' : !report.complete ? 'incomplete' : report.warnings.length ? 'completeWithWarnings' : 'complete',
    // Counted by the citation in its instrument's form: 50(2)(d) of the 2017 draft is not 50(2)(d) of another treaty.
    missing: report.missing.map((m) => formatCitation(report.instrument ?? '', m.article)),
  };
}

/** Outcomes of files, in the order given, a batch at a time (from workers, when main.ts gives them). */
export type CheckMany = (files: string[]) => AsyncIterable<Outcome[]>;

/** Outcomes of a batch of files, checked one after another: in this thread or in a worker. */
export const outcomesOf = (files: string[], t: Translate, today: string, json: boolean): Outcome[] =>
  files.map((file) => outcomeOf(file, t, today, json));

/** Files checked one after another in this thread (the run's own way, and the workers' for a few files), given back a few at a time. */
export async function* oneByOne(files: string[], t: Translate, today: string, json: boolean): AsyncIterable<Outcome[]> {
  for (let i = 0; i < files.length; i += 50) yield outcomesOf(files.slice(i, i + 50), t, today, json);
}

function count(tally: Tally, o: Outcome) {
  tally.files++;
  if (o.state === 'bad') tally.bad++;
  else if (o.state === 'incomplete') tally.incomplete++;
  else {
    tally.complete++;
    if (o.state === 'completeWithWarnings') tally.withWarnings++;
  }
  for (const cited of o.missing) tally.missing.set(cited, (tally.missing.get(cited) ?? 0) + 1);
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
  /** Checks many files at once (worker threads); without it, one by one here. */
  checkMany?: CheckMany;
}

export async function runCheck(paths: string[], opts: CheckRunOptions): Promise<number> {
  const { t } = opts;
  const collected = collectFiles(paths, opts.fs);
  let exit: number = collected.skipped.some((s) => s.reason === 'unreadableFolder') ? exitCodes.notRequest : exitCodes.complete;
  // Listed with the report in human output; beside it (standard error) when standard output is JSON.
  skippedLines(collected, t).forEach(opts.json ? opts.warn : opts.write);
  const { files } = collected;
  if (files.length === 0) {
    (opts.json ? opts.warn : opts.write)(terminalSafe(t('cli.nothingToCheck', { paths: paths.join(', '), ignored: collected.ignored })));
    if (opts.json) opts.write('[]');
    return exitCodes.notRequest;
  }
  if (!opts.json && files.length === 1 && paths.length === 1 && files[0] === paths[0]) {
    // One file named: its report in full.
    const { report, exit: e } = checkFile(paths[0]!, t, opts.today);
    opts.write(formatHuman(report, t));
    return Math.max(exit, e);
  }
  const tally: Tally = { files: 0, complete: 0, withWarnings: 0, incomplete: 0, bad: 0, missing: new Map() };
  if (opts.json) opts.write('[');
  for await (const batch of (opts.checkMany ?? ((f: string[]) => oneByOne(f, t, opts.today, opts.json)))(files)) {
    // One write a batch: a write per file costs more than checking some files.
    const texts: string[] = [];
    for (const o of batch) {
      exit = Math.max(exit, o.exit);
      count(tally, o);
      texts.push(opts.json ? `${o.text}${tally.files < files.length ? ',' : ''}` : o.text);
    }
    if (texts.length) opts.write(texts.join('\n'));
  }
  if (opts.json) opts.write(']');
  else summarise(tally, t).forEach((l) => opts.write(l));
  return exit;
}
