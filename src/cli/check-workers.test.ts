import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { autoThreads } from './check-workers';

// A folder large enough for worker threads (2,000 files and more), of every kind of file a run meets.
const dir = mkdtempSync(join(tmpdir(), 'mla-workers-'));
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
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
