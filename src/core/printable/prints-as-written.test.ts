import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsPrintCheck, printsAsWritten } from './font-coverage';
import { allPrintAsWritten, findPrintIssues, maxStackedMarks } from './printable-text';

// Characters from everywhere the table must agree with the ranges: ASCII, controls, accents that pile up,
// Greek, Arabic, Chinese, Hangul (no font has it), bidi controls, private use, beyond the plane, lone halves.
const piece = fc.oneof(
  fc.constantFrom('a', ' ', '\n', '\t', '\r', '\u0000', '\u007F', '\u0085', 'é', 'e\u0301', '\u0301', '\u0301\u0301\u0301', '\u0301\u0301\u0301\u0301',
    'Ω', 'م', '\u064B\u064B\u064B\u064B', '中', '한', '\u202E', '\u200F', '\uFEFF', '\uE000', '\uFFFD', '\uFFFF', '😀', '\u{1D165}', '\uD800', '\uDC00', '\u3000'),
  fc.string({ unit: 'binary', maxLength: 3 }),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('whether a text prints as written, by table (fast-check)', () => {
  const byTable = printsAsWritten(maxStackedMarks);
  const byRanges = needsPrintCheck(maxStackedMarks);

  it('gives the answer the regular expression over the font ranges gives, for any text', () => {
    fc.assert(fc.property(text, (s) => { expect(byTable(s)).toBe(!byRanges.test(s)); }), { numRuns: 5000 });
  });

  it('every code unit of the plane, alone and after three accents', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(byTable(ch)).toBe(!byRanges.test(ch));
      expect(byTable(`a\u0301\u0301\u0301${ch}`)).toBe(!byRanges.test(`a\u0301\u0301\u0301${ch}`));
    }
  });

  it('texts looked at together print as written only if each of them, trimmed, has nothing to report', () => {
    fc.assert(fc.property(fc.array(text, { maxLength: 5 }), (texts) => {
      if (allPrintAsWritten(texts)) for (const t of texts) expect(findPrintIssues(t.trim())).toEqual([]);
    }), { numRuns: 3000 });
  });
});
