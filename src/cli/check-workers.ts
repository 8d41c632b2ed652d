import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { oneByOne, outcomeOf, type CheckMany, type Outcome } from './check-command';
import type { CheckWorkerData } from './check-worker';
import type { Translate } from '../core/completeness/report-messages';

/** Below this many files, starting workers costs more than it saves. */
const filesForWorkers = 2000;
const batchSize = 250;

/**
 * Checks many files in worker threads, a batch of files at a time, and gives the outcomes back in the files'
 * order. At most two batches per worker are in flight, so memory stays flat however many files there are.
 * A batch whose worker fails is checked here instead: no file is ever left out. Undefined when the worker
 * script is not built (running from the TypeScript sources): the files are then checked one by one.
 */
export function checkInWorkers(jobs: number, data: CheckWorkerData, t: Translate): CheckMany | undefined {
  const script = new URL('./check-worker.js', import.meta.url);
  if (jobs < 2 || !existsSync(fileURLToPath(script))) return undefined;
  return async function* (files) {
    if (files.length < filesForWorkers) return yield* oneByOne(files, t, data.today, data.json);
    const batches: string[][] = [];
    for (let i = 0; i < files.length; i += batchSize) batches.push(files.slice(i, i + batchSize));
    // This thread checks one batch in `jobs` itself: on a machine of two cores, one worker and this thread.
    const workers = Array.from({ length: jobs - 1 }, () => {
      const worker = new Worker(script, { workerData: data });
      const waiting: { resolve: (o: Outcome[]) => void; reject: (e: unknown) => void }[] = [];
      worker.on('message', (outcomes: Outcome[]) => waiting.shift()?.resolve(outcomes));
      worker.on('error', (err) => waiting.splice(0).forEach((w) => w.reject(err)));
      worker.on('exit', () => waiting.splice(0).forEach((w) => w.reject(new Error('worker stopped'))));
      return { worker, waiting };
    });
    const here = (i: number) => i % jobs === jobs - 1;
    const inFlight: Promise<Outcome[]>[] = [];
    const send = (i: number) => {
      if (here(i)) return;
      const w = workers[i % jobs]!;
      inFlight[i] = new Promise<Outcome[]>((resolve, reject) => {
        w.waiting.push({ resolve, reject });
        w.worker.postMessage(batches[i]);
      });
      inFlight[i].catch(() => {}); // awaited in order below; a failure there is handled there
    };
    let sent = 0;
    try {
      for (let i = 0; i < batches.length; i++) {
        while (sent < batches.length && sent < i + 2 * jobs) send(sent++);
        const checkHere = () => batches[i]!.map((file) => outcomeOf(file, t, data.today, data.json));
        let outcomes: Outcome[];
        try {
          outcomes = here(i) ? checkHere() : await inFlight[i]!;
        } catch {
          outcomes = checkHere();
        }
        delete inFlight[i];
        yield outcomes;
      }
    } finally {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    }
  };
}
