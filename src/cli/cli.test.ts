import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindName } from '../core/catalogue/catalogue';
import { main } from './main';
import { tempDir } from '../../tests/temp-dir';

/** Every example request, in every instrument's folder. */
const exampleFiles = () => readdirSync('examples', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).map((f) => join('examples', f)).sort();

const fixtures = 'tests/fixtures/requests';
async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  // Checked as of a fixed day: the examples are dated November 2026.
  const code = await main(['--today', '2026-11-22', ...argv], { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('mla check', () => {
  it('exits 0 when every file is complete', async () => {
    const r = await run('check', 'examples/mla.json', 'examples/preservation.json', 'examples/traffic-data.json');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([
      'examples/mla.json [mla]: complete',
      'examples/preservation.json [preservation]: complete',
      'examples/traffic-data.json [traffic-data]: complete',
      '3 files: 3 complete (0 with warnings), 0 incomplete, 0 not checked.',
      'No element is missing in any file.',
    ]);
  });

  it('checks an example of every kind of every instrument complete, named by instrument where not the default', async () => {
    const r = await run('check', 'examples');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toContain('examples/emergency.json [emergency]: complete');
    expect(lines).toContain('examples/un-ict-draft-2017/preservation.json [un-ict-draft-2017/preservation]: complete');
    expect(lines.filter((l) => l.endsWith(': complete'))).toHaveLength(exampleFiles().length);
  });

  it('counts what is most often missing by each instrument’s own citations', async () => {
    const dir = tempDir('mla-inst');
    for (const [name, file] of [['a', 'examples/un-ict-draft-2017/preservation.json'], ['b', 'examples/preservation.json']]) {
      const e = JSON.parse(readFileSync(file!, 'utf8'));
      delete e.answers.custodian;
      writeFileSync(join(dir, `${name}.json`), JSON.stringify(e));
    }
    const r = await run('check', dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${join(dir, 'a.json')} [un-ict-draft-2017/preservation]: incomplete: 1 missing element (50(2)(d))`);
    expect(r.out).toContain('Most often missing: 42(3)(d) (1), A/C.3/72/12 50(2)(d) (1)');
    const json = JSON.parse((await run('check', '--json', join(dir, 'a.json'))).out);
    expect(json[0]).toMatchObject({ instrument: 'un-ict-draft-2017', kind: 'preservation' });
  });

  it('exits 1 and names each missing element by citation and the Convention’s words', async () => {
    const r = await run('check', `${fixtures}/preservation-gaps.json`);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toBe(`${fixtures}/preservation-gaps.json [preservation]: incomplete: 3 missing elements, 10 warnings`);
    // The headline counts exactly the lines under it.
    expect(r.out.split('\n').filter((l) => l.startsWith('  missing ')).length).toBe(3);
    expect(r.out.split('\n').filter((l) => l.startsWith('  warning ')).length).toBe(10);
    expect(r.out).toContain('missing 42(3)(c): the stored electronic data to be preserved and its relationship to the offence (missing)');
    expect(r.out).toContain('missing 42(3)(d): any available information identifying the custodian');
    expect(r.out).toContain('missing 42(3)(g): as appropriate, the need to keep the request for preservation confidential and not to notify the user (no choice made)');
    expect(r.out).toContain('warning 42(8): 30 days is shorter than the minimum preservation period of 60 days');
    expect(r.out).toContain('warning 42(3)(c): IP address 192.0.2.10 has no date, time and time zone');
  });

  it('speaks Chinese with --lang zh, quoting the authentic text', async () => {
    const r = await run('check', '--lang', 'zh', `${fixtures}/preservation-gaps.json`);
    expect(r.out).toContain('缺失 42(3)(d)：所掌握的指明存储的电子数据的保管人身份或信息和通信技术系统所在位置的任何信息');
  });

  it('--json gives one report per file in the documented shape', async () => {
    const r = await run('check', '--json', `${fixtures}/preservation-gaps.json`, 'examples/mla.json');
    const reports = JSON.parse(r.out);
    expect(reports).toHaveLength(2);
    expect(reports[0]).toMatchObject({ file: `${fixtures}/preservation-gaps.json`, kind: 'preservation', complete: false });
    expect(reports[0].missing.map((m: { article: string }) => m.article)).toEqual(['42(3)(c)', '42(3)(d)', '42(3)(g)']);
    expect(reports[0].missing[0]).toEqual({
      article: '42(3)(c)', path: 'answers.dataDescription', code: 'missing', reason: 'missing',
      message: 'the stored electronic data to be preserved and its relationship to the offence',
    });
    expect(reports[1]).toMatchObject({ kind: 'mla', complete: true, missing: [], errors: [] });
  });

  it.each([
    ['unknown-kind.json', 'not a request: its kind “extradition” is not one of: mla, preservation, traffic-data, access,'],
    ['truncated.json', 'not a request: it is not valid JSON'],
    ['wrong-types.json', 'not a request: the value at “answers.offences” is wrong: a list is needed: “fraud” given.'],
    ['no-such-file.json', 'cannot read: no such file'],
  ])('exits 2 for %s with a one-line reason', async (file, reason) => {
    const r = await run('check', `${fixtures}/${file}`);
    expect(r.code).toBe(2);
    expect(r.out.split('\n')).toHaveLength(1);
    expect(r.out).toContain(reason);
  });

  it('exit 2 wins over 1 and the run goes on past a bad file', async () => {
    const r = await run('check', `${fixtures}/truncated.json`, `${fixtures}/preservation-gaps.json`);
    expect(r.code).toBe(2);
    expect(r.out).toContain('3 missing elements');
  });

  it('--today sets the day dates are checked against: a deadline past by then is a warning', async () => {
    const r = await run('check', 'examples/preservation.json', '--today', '2026-12-01');
    expect(r.out).toContain('warning 40(26): the deadline (2026-11-27) has passed: today is 2026-12-01');
    expect(r.code).toBe(0);
  });

  it.each([
    ['deep.json', 'it is nested more than 64 levels deep'],
    ['proto.json', 'it holds the forbidden key “__proto__”'],
  ])('refuses %s before trusting it', async (file, reason) => {
    const r = await run('check', `${fixtures}/${file}`);
    expect(r.code).toBe(2);
    expect(r.out).toContain(reason);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses a huge file without reading it', async () => {
    const huge = join(tempDir('mla-huge'), 'huge.json');
    writeFileSync(huge, `{"format":"mla-request","pad":"${'x'.repeat(6 * 1024 * 1024)}"}`);
    const r = await run('check', huge);
    expect(r.code).toBe(2);
    expect(r.out).toContain('it is larger than 5 MB');
  });

  it('checks a folder in bulk: one line per file, then a summary of what is most often missing', async () => {
    const r = await run('check', fixtures, 'examples');
    expect(r.code).toBe(2);
    const lines = r.out.split('\n');
    const fileLines = lines.filter((l) => l.startsWith(fixtures) || l.startsWith('examples'));
    expect(fileLines.length).toBe(lines.length - 2);
    expect(fileLines.length).toBeGreaterThanOrEqual(10);
    expect(r.out).toContain(`${fixtures}/preservation-gaps.json [preservation]: incomplete: 3 missing elements (42(3)(c), 42(3)(d), 42(3)(g)), 10 warnings (42(3)(c), 42(8), reference,`);
    // Every example, and the one fixture with only warnings (preservation-multilingual), are complete.
    expect(lines.at(-2)).toMatch(new RegExp(`^\\d+ files: ${exampleFiles().length + 1} complete \\(1 with warnings\\), 1 incomplete, \\d+ not checked\\.$`));
    expect(lines.at(-1)).toBe('Most often missing: 42(3)(c) (1), 42(3)(d) (1), 42(3)(g) (1)');
  });

  it('runs as plain JavaScript built by npm ci: no TypeScript compiler at run time', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).not.toContain('tsx');
    expect(pkg.scripts.prepare).toBe('npm run build:cli');
    expect(readFileSync('bin/mla.js', 'utf8')).toContain('../dist-cli/main.js');
    expect(readFileSync('dist-cli/main.js', 'utf8')).not.toMatch(/from ["']tsx/);
  });

  it('refuses usage errors with exit 2', async () => {
    expect((await run('check')).code).toBe(2);
    expect((await run('check', '--lang', 'de', 'examples/mla.json')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('check', '--bogus', 'x')).code).toBe(2);
  });
});

describe('mla schema', () => {
  it('prints a draft 2020-12 JSON Schema with x-article on the answers that fulfil elements', async () => {
    const r = await run('schema', 'traffic-data');
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.out);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const props = schema.properties.answers.properties;
    expect(props.requestingAuthority['x-article']).toEqual(['40(15)(a)', '45(3)(a)']);
    expect(props.collectionPeriod['x-article']).toEqual(['45(3)(f)']);
    expect(props.reference['x-article']).toBeUndefined();
  });

  it.each(exampleFiles())('the schema named by %s accepts it, and rejects a wrong kind or date (ajv)', async (file) => {
    const example = JSON.parse(readFileSync(file, 'utf8'));
    const schema = JSON.parse((await run('schema', kindName(example.instrument, example.kind))).out);
    const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...example, kind: 'other' })).toBe(false);
    expect(validate({ ...example, instrument: 'other' })).toBe(false);
    expect(validate({ ...example, answers: { ...example.answers, requestDate: 'yesterday' } })).toBe(false);
  });

  it('prints every kind’s schema of every instrument when no kind is named, and names them with --list', async () => {
    const all = JSON.parse((await run('schema')).out);
    expect(Object.keys(all)).toContain('preservation');
    expect(Object.keys(all)).toContain('un-ict-draft-2017/preservation');
    const list = (await run('schema', '--list')).out.split('\n');
    expect(list).toHaveLength(Object.keys(all).length);
    expect(list).toContain('access\tRequest for access to stored electronic data');
    expect(list).toContain('un-ict-draft-2017/preservation\tRequest for expedited preservation of electronic information');
    // Every kind of every instrument has an example that checks complete (below).
    expect(list.map((l) => l.split('\t')[0]).sort()).toEqual(exampleFiles().map((f) => {
      const e = JSON.parse(readFileSync(f, 'utf8'));
      return kindName(e.instrument, e.kind);
    }).sort());
    expect(JSON.parse((await run('schema', 'un-ict-draft-2017/traffic-data')).out).$id).toBe('urn:mla-request-builder:un-ict-draft-2017:traffic-data:v1');
    expect(JSON.parse((await run('schema', 'access')).out).$id).toBe('urn:mla-request-builder:un-cybercrime-2024:access:v1');
  });

  it('refuses an unknown kind with exit 2', async () => {
    for (const name of ['extradition', 'un-ict-draft-2017/access', 'nowhere/preservation', 'un-cybercrime-2024/mla/x', '']) {
      const r = await run('schema', name);
      expect(r.code, name).toBe(2);
      expect(r.err).toContain('mla schema --list');
    }
  });
});

describe('the installed bin', () => {
  it('runs as `mla` through node with the real exit code and no stack trace', async () => {
    const exec = promisify(execFile);
    const ok = await exec('node', ['bin/mla.js', 'check', 'examples/preservation.json', '--today', '2026-11-22']);
    expect(ok.stdout.trim()).toBe('examples/preservation.json [preservation]: complete');
    const bad = await exec('node', ['bin/mla.js', 'check', `${fixtures}/truncated.json`]).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect(bad).toMatchObject({ code: 2 });
    expect((bad as { stderr: string }).stderr).not.toMatch(/at .*\.ts:\d+/);
  }, 30000);
});

describe('mla pdf', () => {
  const tmp = tempDir('mla-cli-pdf');
  it('writes a bilingual PDF, exit 0 for a complete request', async () => {
    const out = join(tmp, 'request.pdf');
    const r = await run('pdf', 'examples/preservation.json', '--lang', 'en,zh', '-o', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/request\.pdf: \d+ KB, en\+zh \[preservation\]: complete$/);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('still prints an incomplete request, exit 1, with missing elements marked', async () => {
    const out = join(tmp, 'gaps.pdf');
    const r = await run('pdf', `${fixtures}/preservation-gaps.json`, '--lang', 'fr,ru', '-o', out);
    expect(r.code).toBe(1);
    expect(r.out).toContain('3 missing elements');
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('MANQUANT');
  });

  it.each([
    [['pdf', 'examples/mla.json', '--lang', 'en'], /two different languages/],
    [['pdf', 'examples/mla.json', '--lang', 'en,en'], /two different languages/],
    [['pdf', 'examples/mla.json', '--lang', 'en,de'], /two different languages/],
    [['pdf', 'examples/mla.json', '--lang', 'en,zh', '--paper', 'a3'], /--paper is a4 or letter/],
    [['pdf', `${fixtures}/truncated.json`, '--lang', 'en,zh'], /not valid JSON/],
  ])('refuses %j with exit 2 and one line', async (argv, message) => {
    const r = await run(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.split('\n')).toHaveLength(1);
  });
});
