import { describe, expect, it } from 'vitest';
import { createMeasurer, type ShapingFont } from './measure';

const font: ShapingFont = { unitsPerEm: 1000, layout: (s) => ({ advanceWidth: 500 * s.length }) };

describe('createMeasurer', () => {
  it('measures with the font once it is at hand, even after a first call without it', () => {
    let available = false;
    const measure = createMeasurer(() => (available ? font : undefined));
    expect(measure('abcd', 'Amiri', false, 10)).toBe(40); // no font: 1 em a character, the generous guess
    available = true;
    expect(measure('abcd', 'Amiri', false, 10)).toBe(20); // then the font's own widths, not the guess remembered
  });

  it('opens each font once and remembers widths', () => {
    let opened = 0;
    const measure = createMeasurer(() => (opened++, font));
    measure('ab', 'Amiri', true, 9);
    measure('abc', 'Amiri', true, 9);
    expect(measure('ab', 'Amiri', true, 18)).toBe(18);
    expect(opened).toBe(1);
  });
});
