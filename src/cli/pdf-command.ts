import { closeSync, openSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LanguageCode } from '../core/catalogue/catalogue-types';
import { checkRequest } from '../core/completeness/check-request';
import { reportEntries, type Translate } from '../core/completeness/report-messages';
import { isDocumentLanguage } from '../i18n/create-i18n';
import { renderPdfNode } from '../pdf/render-pdf-node';
import { checkFile, exitCodes, formatHuman } from './check-command';
import { readRequestFile } from './read-request-file';
import { terminalSafe } from './terminal-text';

export interface PdfOptions {
  file: string;
  langs?: string;
  output?: string;
  paper?: string;
  today: string;
  t: Translate;
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Parses `en,zh`: two different UN languages. */
export function parseLanguagePair(spec: string): [LanguageCode, LanguageCode] | null {
  const parts = spec.split(',').map((s) => s.trim().toLowerCase());
  if (parts.length !== 2 || parts[0] === parts[1] || !parts.every(isDocumentLanguage)) return null;
  return parts as [LanguageCode, LanguageCode];
}

const sameFile = (a: string, b: string) => {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
};

/** Whether a file exists and is anything but a PDF: the output never overwrites a request or other work. */
function existingNonPdf(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(5);
    const n = readSync(fd, head, 0, 5, 0);
    return head.subarray(0, n).toString('latin1') !== '%PDF-';
  } catch {
    // A folder, or something that cannot be read: not a PDF to replace.
    return true;
  } finally {
    closeSync(fd);
  }
}

/**
 * `mla pdf`: prints the request even when incomplete (missing elements are marked), exit codes as `check`.
 * Written beside the output first, then moved into place: a failed run never leaves half a file, and the
 * output is never the request itself or any file that is not a PDF.
 */
export async function runPdf(o: PdfOptions): Promise<number> {
  const read = readRequestFile(o.file);
  if (!read.ok) {
    o.err(formatHuman(checkFile(o.file, o.t, o.today).report, o.t));
    return exitCodes.notRequest;
  }
  const request = read.request;
  const spec = o.langs ?? (request.secondLanguage ? `${request.language},${request.secondLanguage}` : '');
  const langs = parseLanguagePair(spec);
  if (!langs) {
    o.err(terminalSafe(`mla pdf: --lang takes two different languages out of ar, en, es, fr, ru, zh, e.g. --lang en,zh${spec ? ` (not "${spec}")` : ''}`));
    return exitCodes.notRequest;
  }
  const paper = (o.paper ?? 'a4').toLowerCase();
  if (paper !== 'a4' && paper !== 'letter') {
    o.err(terminalSafe(`mla pdf: --paper is a4 or letter, not "${o.paper}"`));
    return exitCodes.notRequest;
  }
  const output = o.output ?? o.file.replace(/\.json$/i, '') + `.${langs.join('-')}.pdf`;
  if (sameFile(output, o.file)) {
    o.err(terminalSafe(o.t('cli.outputIsInput', { output })));
    return exitCodes.notRequest;
  }
  if (existingNonPdf(output)) {
    o.err(terminalSafe(o.t('cli.outputNotPdf', { output })));
    return exitCodes.notRequest;
  }
  const pdf = await renderPdfNode(request, langs, paper === 'a4' ? 'A4' : 'LETTER', o.today);
  const temp = join(dirname(output), `.${process.pid}.${Date.now()}.mla-pdf.tmp`);
  try {
    writeFileSync(temp, pdf, { flag: 'wx' });
    renameSync(temp, output);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was written.
    }
    o.err(terminalSafe(`mla pdf: cannot write ${output}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`));
    return exitCodes.notRequest;
  }
  const report = checkRequest(request, { today: o.today });
  const entries = reportEntries(o.t, report);
  // What the document prints differently from the file, or lacks, is said beside it.
  o.out(formatHuman({ file: `${output}: ${(pdf.length / 1024).toFixed(0)} KB, ${langs.join('+')}`, instrument: request.instrument, kind: report.kind, complete: report.complete, ...entries }, o.t));
  return report.complete ? exitCodes.complete : exitCodes.incomplete;
}
