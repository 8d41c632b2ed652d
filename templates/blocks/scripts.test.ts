import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitByScript, splitEachCharacter } from './scripts';

describe('splitByScript', () => {
  it('cuts Latin text exactly as the character-by-character walk does, in every starting font', () => {
    // ASCII, Latin-1 and Latin Extended letters, dashes and quotes (the fast path), and a few that leave it.
    const latin = fc.oneof(
      fc.constantFrom(...' \n\tAz09.,;:!?()[]-/#@+=<>_~`^$%&*|{}"\''.split('')),
      fc.integer({ min: 0xa0, max: 0x24f }).map((cp) => String.fromCodePoint(cp)),
      fc.integer({ min: 0x2010, max: 0x205e }).map((cp) => String.fromCodePoint(cp)),
      fc.constantFrom('\u0301', '\u200b', '\u00a0', '条', 'ع', '\u0085'),
    );
    fc.assert(fc.property(fc.string({ unit: latin, maxLength: 40 }), fc.constantFrom('NotoSans' as const, 'NotoSansSC' as const), (text, start) => {
      expect(splitByScript(text, start)).toEqual(splitEachCharacter(text, start));
    }), { numRuns: 5000 });
  });

  it('still cuts mixed scripts into runs of fonts that have them', () => {
    expect(splitByScript('Art. 42 — 第四十二条 عربي', 'NotoSans').map((r) => r.font)).toEqual(['NotoSans', 'NotoSansSC', 'Amiri']);
  });
});
