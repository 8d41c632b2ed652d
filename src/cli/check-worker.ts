/**
 * A worker thread of `mla check` on many files: checks the batches of files it is sent, in the order sent,
 * and sends back each file's outcome (see check-workers.ts). Built to dist-cli/check-worker.js.
 */
import './zod-without-codegen';
import { parentPort, workerData } from 'node:worker_threads';
import { translatorFor } from '../i18n/all-language-packs';
import type { UiLanguage } from '../i18n/create-i18n';
import { memoTranslate } from '../i18n/memo-translate';
import { outcomeOf } from './check-command';

export interface CheckWorkerData { lang: UiLanguage; today: string; json: boolean }

const { lang, today, json } = workerData as CheckWorkerData;
// As main.ts makes it: the same words, remembered.
const t = memoTranslate(translatorFor(lang, {}));
parentPort!.on('message', (files: string[]) => parentPort!.postMessage(files.map((file) => outcomeOf(file, t, today, json))));
