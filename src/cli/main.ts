import './zod-without-codegen';
import { parseArgs } from 'node:util';
import { translatorFor } from '../i18n/all-language-packs';
import { isUiLanguage, uiLanguages } from '../i18n/create-i18n';
import { isoDateOf } from '../core/dates/iso-date';
import { runCheck } from './check-command';
import { checkInWorkers } from './check-workers';
import { memoTranslate } from '../i18n/memo-translate';
import { terminalSafe } from './terminal-text';

const usage = `Usage:
  mla check FILE|FOLDER… [--json] [--lang ar|en|es|fr|ru|zh] [--today YYYY-MM-DD] [--jobs N]
                                                    check request files for missing elements
                                                    (--jobs: threads; default: one, and one more per 20,000 files up to one a core)
  mla schema [KIND | INSTRUMENT/KIND]               print the JSON Schema of a kind, or of every kind of every instrument
  mla schema --list                                 name every instrument and kind
  mla pdf FILE --lang en,zh [-o OUT.pdf] [--paper a4|letter] [--today YYYY-MM-DD]
                                                    print a bilingual PDF (any two of ar, en, es, fr, ru, zh)
--today checks dates against that day instead of today's date (to check a request as of the day it was sent).
Exit codes: 0 every file complete, 1 some file has missing elements or errors, 2 a file is not a request or a usage error.`;

export interface Io { out: (s: string) => void; err: (s: string) => void }
const consoleIo: Io = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) };

export async function main(argv: string[], io: Io = consoleIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        json: { type: 'boolean', default: false }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' },
        output: { type: 'string', short: 'o' }, paper: { type: 'string' }, today: { type: 'string' }, list: { type: 'boolean', default: false },
        jobs: { type: 'string' },
      },
    });
  } catch (err) {
    io.err(`${terminalSafe(`mla: ${(err as Error).message}`)}\n\n${usage}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help || !command) {
    (command ? io.out : io.err)(usage);
    return parsed.values.help ? 0 : 2;
  }
  const today = parsed.values.today ?? isoDateOf(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) {
    io.err(terminalSafe(`mla: --today takes a date like 2026-11-22, not "${today}"`));
    return 2;
  }
  if (command === 'pdf') {
    if (rest.length !== 1) {
      io.err(`mla pdf: name one request file\n\n${usage}`);
      return 2;
    }
    // pdfmake and the fonts load only for a PDF: a check starts without them.
    const { runPdf } = await import('./pdf-command');
    return runPdf({
      file: rest[0]!, langs: parsed.values.lang, output: parsed.values.output, paper: parsed.values.paper, today,
      t: translatorFor('en', {}), out: io.out, err: io.err,
    });
  }
  const lang = parsed.values.lang ?? 'en';
  if (!isUiLanguage(lang)) {
    io.err(terminalSafe(`mla: --lang must be one of ${uiLanguages.join(', ')}, not "${lang}"`));
    return 2;
  }
  const t = memoTranslate(translatorFor(lang, {}));
  if (command === 'check') {
    if (rest.length === 0) {
      io.err(`mla check: name at least one file or folder\n\n${usage}`);
      return 2;
    }
    // Unless asked, as many threads as the number of files pays for (check-workers.ts).
    const jobs = parsed.values.jobs === undefined ? undefined : Number(parsed.values.jobs);
    if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)) {
      io.err(terminalSafe(`mla: --jobs takes a number of threads from 1 to 64, not "${parsed.values.jobs}"`));
      return 2;
    }
    const json = parsed.values.json ?? false;
    return runCheck(rest, { json, t, today, write: io.out, warn: io.err, checkMany: checkInWorkers(jobs, { lang, today, json }, t) });
  }
  if (command === 'schema') return (await import('./schema-command')).runSchema(rest, parsed.values.list ?? false, t, io);
  io.err(`${terminalSafe(`mla: unknown command "${command}"`)}\n\n${usage}`);
  return 2;
}
