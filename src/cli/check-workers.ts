import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { oneByOne, outcomesOf, type CheckMany, type Outcome } from './check-command';
import type { BatchToCheck, CheckedBatch, CheckWorkerData, WorkerStart } from './check-worker';
import type { Translate } from '../core/completeness/report-messages';

/** Below this many files, starting workers costs more than it saves, even when --jobs asks for them. */
const filesForWorkers = 2000;
/**
 * Files each further thread needs before it pays for itself when --jobs is not given: a thread's start and
 * its own compiler warm-up cost about 0.4 s of CPU, and one checking thread already keeps about 1.3 cores
 * busy. On two cores a second thread made 10,000 files 17% slower, 20,000 files no faster and 50,000 files
 * 11% faster (medians of 8 paired runs).
 */
const filesPerExtraThread = 20000;

/** Threads for a run of this many files when --jobs is not given: one more per 20,000 files, up to one a core. */
export const autoThreads = (files: number, cores = availableParallelism()) => Math.max(1, Math.min(cores, 1 + Math.floor(files / filesPerExtraThread)));
const batchSize = 250;
/**
 * Batches given to a worker before it answers. This thread checks batches too (about 20 ms each), so a worker
 * needs more than one waiting: with two it was busy 68% of its life at 50,000 files, with four 77%.
 */
const perWorker = 4;

/** A worker, the port its answers come back on, and the batches it has not answered yet. */
interface Helper { worker: Worker; answers: MessagePort; pending: Set<number> }

/**
 * Checks many files in worker threads and in this thread at once (as many threads as --jobs asks for, else
 * autoThreads), a batch of files at a time, and gives the outcomes back in the files' order. Work goes to
 * whoever is free: this thread checks the next batch itself whenever it would otherwise wait (while a worker
 * starts, say). At most a fixed number of batches is held out of order, so memory stays flat however many
 * files there are. A batch whose worker fails is checked here instead: no file is ever left out. Undefined
 * when the worker script is not built (running from the TypeScript sources) or the machine has one core:
 * the files are then checked one by one.
 */
export function checkInWorkers(
  requested: number | undefined, data: CheckWorkerData, t: Translate,
  // Another worker script only in tests: one that stops half-way, say.
  script = new URL('./check-worker.js', import.meta.url),
): CheckMany | undefined {
  if ((requested ?? availableParallelism()) < 2 || !existsSync(fileURLToPath(script))) return undefined;
  return async function* (files) {
    const jobs = requested ?? autoThreads(files.length);
    if (jobs < 2 || files.length < filesForWorkers) return yield* oneByOne(files, t, data.today, data.json);
    const batches: string[][] = [];
    for (let i = 0; i < files.length; i += batchSize) batches.push(files.slice(i, i + batchSize));
    const done = new Map<number, Outcome[]>();
    const failed: number[] = [];
    let wake: (() => void) | undefined;
    const notify = () => { wake?.(); wake = undefined; };
    // Workers still taking batches; one that fails is dropped, and its batches are checked here.
    const alive = new Set<Helper>();
    const lost = (helper: Helper) => {
      if (!alive.delete(helper)) return;
      // What it answered before it stopped is kept; the rest is checked here.
      drain(helper);
      for (const index of helper.pending) failed.push(index);
      helper.pending.clear();
      notify();
    };
    const take = ({ index, outcomes }: CheckedBatch, helper: Helper) => {
      if (!helper.pending.delete(index)) return;
      done.set(index, outcomes);
      notify();
    };
    // Answers are taken off their port here without waiting for the event loop: this thread checks batches
    // itself between answers, and a worker must get its next batch as soon as it has answered, not when
    // this thread next waits (a worker had been idle a fifth of its life at 50,000 files).
    const drain = (helper: Helper) => {
      for (let m = receiveMessageOnPort(helper.answers); m; m = receiveMessageOnPort(helper.answers)) take(m.message as CheckedBatch, helper);
    };
    const helpers: Helper[] = Array.from({ length: jobs - 1 }, () => {
      const { port1, port2 } = new MessageChannel();
      const workerData: WorkerStart = { ...data, answers: port2 };
      const helper: Helper = { worker: new Worker(script, { workerData, transferList: [port2] }), answers: port1, pending: new Set() };
      // While this thread waits, answers come as events.
      port1.on('message', (m: CheckedBatch) => take(m, helper));
      helper.worker.on('error', () => lost(helper));
      helper.worker.on('exit', () => lost(helper));
      alive.add(helper);
      return helper;
    });
    // Out of order at most this many batches ahead of the one written next: each worker's queue, and as much
    // again for this thread to check while the oldest of them is being done (with half as many, this thread
    // waited 70-130 ms of a run of 50,000 files; now only at the end).
    const window = 2 * (perWorker + 1) * jobs;
    let next = 0;
    let given = 0;
    const checkHere = (i: number) => done.set(i, outcomesOf(batches[i]!, t, data.today, data.json));
    try {
      while (next < batches.length) {
        for (const h of alive) drain(h);
        for (const i of failed.splice(0)) checkHere(i);
        for (const h of alive) {
          while (h.pending.size < perWorker && given < batches.length && given < next + window) {
            const index = given++;
            h.pending.add(index);
            h.worker.postMessage({ index, files: batches[index]! } satisfies BatchToCheck);
          }
        }
        const ready = done.get(next);
        if (ready) {
          done.delete(next++);
          yield ready;
        } else if (given < batches.length && given < next + window) {
          checkHere(given++);
        } else {
          // Every batch up to the window is out; wait for a worker's answer (or its failure).
          await new Promise<void>((resolve) => { wake = resolve; });
        }
      }
    } finally {
      helpers.forEach((h) => h.answers.close());
      await Promise.all(helpers.map((h) => h.worker.terminate()));
    }
  };
}
