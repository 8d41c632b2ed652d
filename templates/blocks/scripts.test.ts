import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitByScript, splitEachCharacter } from './scripts';

describe('splitByScript', () => {
  it('cuts plain ASCII text exactly as the character-by-character walk does, in every starting font', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...' \n\tAz09.,;:!?()[]-/#@+=<>_~`^$%&*|{}"\''.split('')), maxLength: 40 });
    fc.assert(fc.property(ascii, fc.constantFrom('NotoSans' as const, 'NotoSansSC' as const), (text, start) => {
      expect(splitByScript(text, start)).toEqual(splitEachCharacter(text, start));
    }), { numRuns: 2000 });
  });

  it('still cuts mixed scripts into runs of fonts that have them', () => {
    expect(splitByScript('Art. 42 — 第四十二条 عربي', 'NotoSans').map((r) => r.font)).toEqual(['NotoSans', 'NotoSansSC', 'Amiri']);
  });
});
