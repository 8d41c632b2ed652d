/**
 * A worker thread of `mla check` on many files: checks the batches of files it is sent, in the order sent,
 * and sends back each file's outcome (see check-workers.ts). Built to dist-cli/check-worker.js.
 */
import './zod-without-codegen';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { translatorFor } from '../i18n/all-language-packs';
import type { UiLanguage } from '../i18n/create-i18n';
import { memoTranslate } from '../i18n/memo-translate';
import { outcomesOf, type Outcome } from './check-command';

export interface CheckWorkerData { lang: UiLanguage; today: string; json: boolean }
/** What a worker starts with: the run's options, and where its answers go (a port the main thread can read without waiting for its event loop). */
export interface WorkerStart extends CheckWorkerData { answers: MessagePort }
/** A batch sent to a worker, and what comes back: its files' outcomes, by the batch's number. */
export interface BatchToCheck { index: number; files: string[] }
export interface CheckedBatch { index: number; outcomes: Outcome[] }

const { lang, today, json, answers } = workerData as WorkerStart;
// As main.ts makes it: the same words, remembered.
const t = memoTranslate(translatorFor(lang, {}));
parentPort!.on('message', ({ index, files }: BatchToCheck) => {
  const answer: CheckedBatch = { index, outcomes: outcomesOf(files, t, today, json) };
  answers.postMessage(answer);
});
