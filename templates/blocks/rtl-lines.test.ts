import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemesOf } from '../../src/core/printable/graphemes';
import { splitWide } from './rtl-lines';

// Letters of different widths, as a font gives them: the measure is the sum of each letter's width.
const widths: Record<string, number> = { 'ع': 6, 'ل': 3, 'م': 5, 'ب': 4, '\u0651': 0, '٣': 5 };
const measure = (text: string) => [...text].reduce((w, ch) => w + (widths[ch] ?? 5), 0);

describe('a token wider than the line', () => {
  it('is cut into the longest pieces that fit, with nothing lost or reordered', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('ع', 'ل', 'م', 'ب', 'ب\u0651', '٣'), { minLength: 1, maxLength: 400 }), fc.integer({ min: 3, max: 120 }), (letters, width) => {
      const token = letters.join('');
      const pieces = splitWide(token, width, false, 10, measure);
      expect(pieces.join('')).toBe(token);
      pieces.forEach((piece, i) => {
        const units = graphemesOf(piece);
        // Each fits (one letter wider than the line goes alone), and none could have taken the next letter.
        expect(units.length === 1 || measure(piece) <= width).toBe(true);
        const next = pieces[i + 1];
        if (next) expect(measure(piece + graphemesOf(next)[0]!)).toBeGreaterThan(width);
      });
    }));
  });
});
