import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dirent } from 'node:fs';
import { childPrefix, collectFiles, type FsLike } from './collect-files';

// Folders as a command line may name them: relative, absolute, with ./, ../, doubled and trailing slashes.
const segment = fc.oneof(fc.constantFrom('.', '..', '', 'a', 'b c', 'é', '.git'), fc.string({ maxLength: 4 }).filter((s) => !s.includes('/') && !s.includes('\0')));
const folder = fc.tuple(fc.boolean(), fc.array(segment, { maxLength: 6 })).map(([absolute, parts]) => `${absolute ? '/' : ''}${parts.join('/')}`);
// What readdir gives: any name but "", ".", ".." and names with a slash.
const name = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s !== '.' && s !== '..' && !s.includes('/') && !s.includes('\0'));

describe('childPrefix', () => {
  it('names a file in a folder exactly as join(folder, name) does', () => {
    fc.assert(fc.property(folder, name, (f, n) => {
      expect(childPrefix(f) + n).toBe(join(f, n));
    }), { numRuns: 3000 });
  });
});

describe('collectFiles at any size', () => {
  // Dirents as readdir gives them, without touching the disk: a folder far past what arguments can carry.
  const dirent = (name: string, dir = false) => ({ name, isDirectory: () => dir, isFile: () => !dir, isSymbolicLink: () => false }) as unknown as Dirent;
  const folderOf = (count: number): FsLike => ({
    stat: () => ({ isDirectory: () => true }),
    readdir: (p) => (p === 'big' ? [dirent('sub', true), ...Array.from({ length: count }, (_, i) => dirent(`r${count - i}.json`))] : [dirent('last.json')]),
  });

  it('lists a folder of 300,000 files, every one, sorted (spreading them into push threw past about 125,000)', () => {
    const { files, skipped } = collectFiles(['big'], folderOf(300000));
    expect(skipped).toEqual([]);
    expect(files).toHaveLength(300001);
    expect(files[0]).toBe('big/r1.json');
    expect(files.at(-1)).toBe('big/sub/last.json');
    expect(files.every((f, i) => i === 0 || files[i - 1]! < f)).toBe(true);
  });
});
