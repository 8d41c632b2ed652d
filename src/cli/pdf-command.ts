import { writeFile } from 'node:fs/promises';
import type { LanguageCode } from '../core/catalogue/catalogue-schema';
import { checkRequest } from '../core/completeness/check-request';
import type { Translate } from '../core/completeness/report-messages';
import { isDocumentLanguage } from '../i18n/create-i18n';
import { renderPdfNode } from '../pdf/render-pdf-node';
import { checkFile, exitCodes, formatHuman } from './check-command';
import { readRequestFile } from './read-request-file';

export interface PdfOptions {
  file: string;
  langs?: string;
  output?: string;
  paper?: string;
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

/** `mla pdf`: prints the request even when incomplete (missing elements are marked), exit codes as `check`. */
export async function runPdf(o: PdfOptions): Promise<number> {
  const read = await readRequestFile(o.file);
  if (!read.ok) {
    o.err(formatHuman((await checkFile(o.file, o.t)).report, o.t));
    return exitCodes.notRequest;
  }
  const request = read.request;
  const spec = o.langs ?? (request.secondLanguage ? `${request.language},${request.secondLanguage}` : '');
  const langs = parseLanguagePair(spec);
  if (!langs) {
    o.err(`mla pdf: --lang takes two different languages out of ar, en, es, fr, ru, zh, e.g. --lang en,zh${spec ? ` (not "${spec}")` : ''}`);
    return exitCodes.notRequest;
  }
  const paper = (o.paper ?? 'a4').toLowerCase();
  if (paper !== 'a4' && paper !== 'letter') {
    o.err(`mla pdf: --paper is a4 or letter, not "${o.paper}"`);
    return exitCodes.notRequest;
  }
  const output = o.output ?? o.file.replace(/\.json$/i, '') + `.${langs.join('-')}.pdf`;
  const pdf = await renderPdfNode(request, langs, paper === 'a4' ? 'A4' : 'LETTER');
  try {
    await writeFile(output, pdf);
  } catch (e) {
    o.err(`mla pdf: cannot write ${output}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return exitCodes.notRequest;
  }
  const report = checkRequest(request);
  o.out(`${output}: ${(pdf.length / 1024).toFixed(0)} KB, ${langs.join('+')}, ${report.complete ? o.t('cli.complete') : o.t('cli.missingCount', { count: report.elements.filter((e) => e.state === 'missing').length })}`);
  return report.complete ? exitCodes.complete : exitCodes.incomplete;
}
