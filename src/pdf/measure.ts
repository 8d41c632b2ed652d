import type { MeasureText } from '../../templates/blocks/rtl-lines';

/** What measuring needs of a parsed font (fontkit's, as pdfkit prints with). */
export type ShapingFont = { layout: (s: string) => { advanceWidth: number }; unitsPerEm: number };

/**
 * Text width with the same fonts and shaping pdfkit uses, for the lines laid out right to left. `open` gives
 * the parsed font: in Node, the very font object pdfkit prints with (parsed once, by the one fontkit).
 */
export function createMeasurer(open: (font: string, bold: boolean) => ShapingFont | undefined): MeasureText {
  const fonts = new Map<string, ShapingFont>();
  const cache = new Map<string, number>();
  return (text, font, bold, size) => {
    const key = `${font}|${bold}|${text}`;
    let units = cache.get(key);
    if (units === undefined) {
      const fontKey = `${font}|${bold}`;
      const f = fonts.get(fontKey) ?? open(font, bold);
      // Without the font, assume a generous width (1 em a character) rather than let text run out of its cell;
      // nothing is remembered then, so that the font, once at hand, measures.
      if (!f) return [...text].length * size;
      fonts.set(fontKey, f);
      units = f.layout(text).advanceWidth / f.unitsPerEm;
      cache.set(key, units);
    }
    return units * size;
  };
}
