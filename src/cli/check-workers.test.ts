import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/all-language-packs';
import { memoTranslate } from '../i18n/memo-translate';
import { outcomesOf, type CheckMany, type Outcome } from './check-command';
import { autoThreads, checkInWorkers } from './check-workers';
import { tempDir } from '../../tests/temp-dir';

// A folder large enough for worker threads (2,000 files and more), of every kind of file a run meets.
const dir = tempDir('mla-workers');
const examples = ['mla', 'preservation', 'traffic-data'].map((k) => readFileSync(`examples/${k}.json`, 'utf8'));
for (let i = 0; i < 2600; i++) {
  const request = JSON.parse(examples[i % 3]!);
  request.answers.reference = `W/${i}`;
  const body = i % 7 === 0 ? '{"format": "mla-request", '
    : i % 7 === 1 ? JSON.stringify({ ...request, kind: 'extradition' })
      : i % 7 === 2 ? JSON.stringify({ ...request, answers: { ...request.answers, factsSummary: '' } })
        : JSON.stringify(request);
  writeFileSync(join(dir, `r${String(i).padStart(4, '0')}.json`), body);
}

const run = (...args: string[]) => spawnSync('node', ['bin/mla.js', 'check', '--today', '2026-11-22', ...args, dir], { encoding: 'utf8', maxBuffer: 1 << 28 });

describe('mla check on thousands of files, in worker threads', () => {
  it('writes exactly what one thread writes, in the same order, with the same exit code (JSON and lines)', { timeout: 60000 }, () => {
    // Built beside main.js by npm ci / npm test; without it the run would fall back to one thread.
    expect(existsSync('dist-cli/check-worker.js')).toBe(true);
    for (const format of [['--json'], []]) {
      const one = run('--jobs', '1', ...format);
      const three = run('--jobs', '3', ...format);
      expect(one.status).toBe(2);
      expect(three.status).toBe(one.status);
      expect(three.stdout).toBe(one.stdout);
      expect(three.stderr).toBe(one.stderr);
    }
    const reports = JSON.parse(run('--json', '--jobs', '2').stdout) as { file: string }[];
    expect(reports.map((r) => r.file)).toEqual(reports.map((r) => r.file).sort());
    expect(reports).toHaveLength(2600);
  });

  it('unless told, adds a thread only for each 20,000 files, and never more than one a core', () => {
    expect([0, 10000, 19999, 20000, 50000].map((n) => autoThreads(n, 2))).toEqual([1, 1, 1, 2, 2]);
    expect([40000, 50000, 1000000].map((n) => autoThreads(n, 8))).toEqual([3, 3, 8]);
    expect(autoThreads(1000000, 1)).toBe(1);
  });

  it('refuses a --jobs that is not a number of threads', () => {
    const bad = run('--jobs', 'many');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--jobs takes a number of threads from 1 to 64, not "many"');
  });
});

describe('checkInWorkers when a worker stops', () => {
  const files = Array.from({ length: 2500 }, (_, i) => join(dir, `missing-${String(i).padStart(4, '0')}.json`));
  const t = memoTranslate(translatorFor('en', {}));
  const today = '2026-11-22';
  const collect = async (many: CheckMany) => {
    const out: Outcome[] = [];
    for await (const batch of many(files)) out.push(...batch);
    return out;
  };
  // A worker that answers its first batch (text: "worker:<file>"), then stops as it is told to.
  const stoppingWorker = (how: string) => {
    const script = join(dir, `worker-${how}.mjs`);
    writeFileSync(script, `
      import { parentPort, workerData } from 'node:worker_threads';
      let answered = 0;
      parentPort.on('message', ({ index, files }) => {
        if (answered++ > 0) ${how};
        workerData.answers.postMessage({ index, outcomes: files.map((f) => ({ text: 'worker:' + f, exit: 0, state: 'complete', missing: [] })) });
      });`);
    return pathToFileURL(script);
  };

  it.each([['exits', 'process.exit(3)'], ['throws', 'throw new Error("boom")']])('that %s: keeps what it answered, checks the rest here, every file once and in order', async (_, how) => {
    const many = checkInWorkers(2, { lang: 'en', today, json: true }, t, stoppingWorker(how))!;
    const outcomes = await collect(many);
    expect(outcomes).toHaveLength(files.length);
    const here = outcomesOf(files, t, today, true).map((o) => o.text);
    // The first batch came from the worker; every other file is this thread's own report of it.
    const fromWorker = outcomes.filter((o) => o.text.startsWith('worker:'));
    expect(fromWorker.length).toBeGreaterThan(0);
    outcomes.forEach((o, i) => expect(o.text).toBe(o.text.startsWith('worker:') ? `worker:${files[i]}` : here[i]));
  });
});
