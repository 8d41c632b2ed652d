import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allLanguagePacks } from '../i18n/all-language-packs';
import { createI18n } from '../i18n/create-i18n';
import { runCheck } from './check-command';
import { main } from './main';
import { tempDir } from '../../tests/temp-dir';

const example = readFileSync('examples/preservation.json', 'utf8');
const folder = () => tempDir('mla-hostile');
async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['--today', '2026-11-22', ...argv], { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
/** The real directory listing, for the folders the simulated file system does not refuse. */
const listing = (p: string) => readdirSync(p, { withFileTypes: true });
// eslint-disable-next-line no-control-regex
const rawControl = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('mla check with hostile files', () => {
  it('a value posing as a string does not stop a bulk run; --json still prints every file', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.json'), '{"format":{"toString":{}}}');
    writeFileSync(join(dir, 'b.json'), '{"format":"mla-request","formatVersion":{"valueOf":{}}}');
    writeFileSync(join(dir, 'c.json'), example);
    const r = await run('check', dir, '--json');
    expect(r.code).toBe(2);
    const reports = JSON.parse(r.out);
    expect(reports.map((x: { file: string; kind: string | null }) => [x.file.slice(dir.length + 1), x.kind])).toEqual([['a.json', null], ['b.json', null], ['c.json', 'preservation']]);
    expect(reports[0].errors[0].message).toBe('not a request: it is not a request file (its "format" is an object, not "mla-request").');
    expect(r.out).not.toContain('internal error');
  });

  it('accepts a UTF-8 byte-order mark; reports invalid UTF-8 and duplicate keys instead of repairing them', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'bom.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(example)]));
    writeFileSync(join(dir, 'latin1.json'), Buffer.from(example.replace('Estland', 'Estl\u00e9nd'), 'latin1'));
    writeFileSync(join(dir, 'twice.json'), example.replace('"kind": "preservation",', '"kind": "preservation", "kind": "mla",'));
    const r = await run('check', dir);
    expect(r.out).toContain(`${dir}/bom.json [preservation]: complete`);
    expect(r.out).toMatch(/latin1\.json: not a request: it is not UTF-8 text \(byte \d+ is not valid\)\./);
    expect(r.out).toContain('twice.json: not a request: the key “kind” is given twice in (top level): which one counts cannot be told.');
  });

  it('never writes control characters from a file to the terminal, in names, kinds or snippets', async () => {
    const dir = folder();
    const evil = join(dir, 'evil\u001b[2J\u202E.json');
    writeFileSync(evil, example.replace('"kind": "preservation"', '"kind": "\\u001b[31mred\\u009b"'));
    writeFileSync(join(dir, 'snippet.json'), '{"format": "\u001b]0;pwned\u0007');
    const r = await run('check', dir);
    expect(r.out).not.toMatch(rawControl);
    expect(r.out).toContain('evil\\x1b[2J\\u{202E}.json: not a request: its kind “\\x1b[31mred\\x9b” is not one of');
    const json = await run('check', dir, '--json');
    expect(json.out).not.toMatch(rawControl);
    expect(JSON.parse(json.out)[0].file).toBe(evil);
  });

  it('refuses what is not a regular file without reading it: /dev/zero, a FIFO', async () => {
    const dir = folder();
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    const r = await run('check', '/dev/zero', fifo);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.code).toBe(2);
    expect(r.out).toContain('/dev/zero: not checked: it is a device, not a regular file');
    expect(r.out).toContain('pipe.json: not checked: it is a FIFO (named pipe), not a regular file');
  });

  it('in a folder, lists symbolic links and FIFOs it skips, and checks the rest', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'real.json'), example);
    symlinkSync(join(dir, 'real.json'), join(dir, 'link.json'));
    symlinkSync(dir, join(dir, 'loop'));
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    const r = await run('check', dir);
    expect(r.out.split('\n')).toEqual([
      `skipped ${dir}/link.json: symbolic link (not followed in folders)`,
      `skipped ${dir}/pipe.json: FIFO (named pipe)`,
      `${dir}/real.json [preservation]: complete`,
      '1 file: 1 complete (0 with warnings), 0 incomplete, 0 not checked.',
      'No element is missing in any file.',
    ]);
    expect(r.code).toBe(0);
  });

  it('reports a folder it cannot read and goes on with the others', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'locked'));
    mkdirSync(join(dir, 'open'));
    writeFileSync(join(dir, 'open', 'a.json'), example);
    const t = createI18n('en', allLanguagePacks).t as unknown as (k: string, o?: Record<string, unknown>) => string;
    // Root reads any folder, so the refusal is simulated where the walk asks for it.
    const fs = {
      readdir: (p: string) => {
        if (p.endsWith('locked')) throw Object.assign(new Error('denied'), { code: 'EACCES' });
        return listing(p);
      },
      stat: (p: string) => ({ isDirectory: () => !p.endsWith('.json') }),
    };
    const out: string[] = [];
    const exit = await runCheck([dir], { json: false, t, today: '2026-11-22', write: (s) => out.push(s), warn: (s) => out.push(s), fs });
    expect(out[0]).toBe(`cannot read the folder ${dir}/locked: permission denied; the files in it are not checked`);
    expect(out).toContain(`${dir}/open/a.json [preservation]: complete`);
    expect(exit).toBe(2);
  });

  it('says when a folder holds nothing to check, and exits 2', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'notes.txt'), 'x');
    const r = await run('check', dir);
    expect(r.out).toBe(`nothing to check in ${dir}: no .json file was found (1 other files).`);
    expect(r.code).toBe(2);
  });

  it('any mix of files gives one report each and exit 0, 1 or 2 (fast-check)', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.jsonValue().map((v) => JSON.stringify(v) ?? ''), fc.constant(example)), { minLength: 1, maxLength: 6 }), async (bodies) => {
      const dir = folder();
      bodies.forEach((b, i) => writeFileSync(join(dir, `f${i}.json`), b));
      const r = await run('check', dir, '--json');
      expect([0, 1, 2]).toContain(r.code);
      expect(JSON.parse(r.out)).toHaveLength(bodies.length);
    }), { numRuns: 40 });
  });
});


describe('mla pdf with hostile commands', () => {
  it('refuses to write the PDF over the request itself, or over any file that is not a PDF', async () => {
    const dir = folder();
    const request = join(dir, 'x.json');
    writeFileSync(request, example);
    const same = await run('pdf', request, '--lang', 'en,zh', '-o', request);
    expect(same.code).toBe(2);
    expect(same.err).toBe(`mla pdf: refusing to write the PDF over the request file itself (${request}); name another file with -o`);
    expect(readFileSync(request, 'utf8')).toBe(example);
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'my notes');
    expect((await run('pdf', request, '--lang', 'en,zh', '-o', notes)).code).toBe(2);
    expect(readFileSync(notes, 'utf8')).toBe('my notes');
    // An earlier PDF may be replaced.
    const pdf = join(dir, 'x.pdf');
    expect((await run('pdf', request, '--lang', 'en,zh', '-o', pdf)).code).toBe(0);
    expect((await run('pdf', request, '--lang', 'en,fr', '-o', pdf)).code).toBe(0);
  }, 30000);

  it('refuses a folder as output, and leaves nothing behind when it cannot write', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'out.pdf'));
    expect((await run('pdf', 'examples/preservation.json', '--lang', 'en,zh', '-o', join(dir, 'out.pdf'))).err).toMatch(/refusing to overwrite .*out\.pdf: it exists and is not a PDF/);
    const r = await run('pdf', 'examples/preservation.json', '--lang', 'en,zh', '-o', join(dir, 'missing-folder', 'x.pdf'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot write .*x\.pdf: ENOENT/);
    expect(readdirSync(dir)).toEqual(['out.pdf']);
  });
});
