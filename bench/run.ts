/**
 * `npm run bench`: prints the figures the issues set budgets for. Figures, not pass/fail: a busy machine
 * must not break a build. Budgets are printed beside each figure.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { checkRequest } from '../src/core/completeness/check-request';
import { parseRequest } from '../src/core/request/parse-request';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const line = (name: string, value: string, budget: string) => console.log(`${name.padEnd(52)} ${value.padStart(14)}   (budget ${budget})`);

async function initialJs() {
  const outDir = mkdtempSync(join(tmpdir(), 'mla-bench-build-'));
  await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true, manifest: true } });
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;
  // The entry and what it imports statically: what loads before any export (dynamic imports are excluded).
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    manifest[key]?.imports?.forEach(visit);
  };
  Object.entries(manifest).filter(([, v]) => v.isEntry).forEach(([k]) => visit(k));
  const bytes = [...seen].reduce((sum, key) => sum + gzipSync(readFileSync(join(outDir, manifest[key]!.file))).length, 0);
  rmSync(outDir, { recursive: true, force: true });
  return bytes / 1024;
}

function validationTime() {
  const raw = JSON.parse(readFileSync('examples/preservation.json', 'utf8'));
  const once = () => {
    const parsed = parseRequest(raw);
    if (!parsed.ok || !checkRequest(parsed.request).complete) throw new Error('example should be complete');
  };
  for (let i = 0; i < 500; i++) once();
  const samples: number[] = [];
  for (let s = 0; s < 60; s++) {
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) once();
    samples.push((performance.now() - t0) / 100);
  }
  return median(samples);
}

function cliThroughput(count: number) {
  const dir = mkdtempSync(join(tmpdir(), 'mla-bench-files-'));
  const kinds = ['mla', 'preservation', 'traffic-data'];
  const examples = kinds.map((k) => JSON.parse(readFileSync(`examples/${k}.json`, 'utf8')));
  for (let i = 0; i < count; i++) {
    const req = structuredClone(examples[i % 3]);
    req.answers.reference = `BENCH/${i}`;
    if (i % 4 === 0) req.answers.factsSummary = '';
    writeFileSync(join(dir, `r${String(i).padStart(5, '0')}.json`), JSON.stringify(req));
  }
  const t0 = performance.now();
  try {
    execFileSync('node', ['bin/mla.js', 'check', '--json', dir], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
  } catch (err) {
    if ((err as { status?: number }).status !== 1) throw err; // 1: some files are incomplete, as made
  }
  const seconds = (performance.now() - t0) / 1000;
  rmSync(dir, { recursive: true, force: true });
  return { seconds, perSecond: count / seconds };
}

console.log('MLA Request Builder benchmark');
console.log(`node ${process.version}, ${new Date().toISOString()}`);
line('initial JavaScript before any export (gzip)', `${(await initialJs()).toFixed(1)} KB`, '250 KB');
line('validate + check a complete preservation request', `${(validationTime() * 1000).toFixed(1)} µs`, '< 1 ms median');
const cli = cliThroughput(1000);
line('mla check --json on 1,000 files (whole process)', `${cli.seconds.toFixed(2)} s`, 'figure');
line('  files per second', `${cli.perSecond.toFixed(0)}`, 'figure');
