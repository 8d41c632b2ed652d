import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { covers } from '../core/printable/font-coverage';
import { fontCoverageOfFiles } from './font-coverage-of-files';

describe('what the fonts can print', () => {
  it('src/core/printable/font-coverage.json is the fonts’ own character sets (npm run fonts:coverage)', () => {
    expect(JSON.parse(readFileSync('src/core/printable/font-coverage.json', 'utf8'))).toEqual(fontCoverageOfFiles());
  });
  it('the families cover what the six UN languages write, and not what they lack', () => {
    for (const ch of 'Aéßżŋ Ωя') expect(covers('NotoSans', ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of '中文〔〕，') expect(covers('NotoSansSC', ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of 'العربية') expect(covers('Amiri', ch.codePointAt(0)!), ch).toBe(true);
    for (const cp of [0xd55c, 0x05d0, 0x0e01, 0x1200, 0x1f600, 0x20000]) {
      expect(['NotoSans', 'NotoSansSC', 'Amiri'].some((f) => covers(f as 'NotoSans', cp)), cp.toString(16)).toBe(false);
    }
  });
});
