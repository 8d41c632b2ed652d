import * as fontkit from 'fontkit';
import type { MeasureText } from '../../templates/blocks/rtl-lines';

type Font = { layout: (s: string) => { advanceWidth: number }; unitsPerEm: number };

/** Text width with the same fonts and shaping pdfkit uses, for the lines laid out right to left. */
export function createMeasurer(load: (font: string, bold: boolean) => Uint8Array | undefined): MeasureText {
  const fonts = new Map<string, Font | null>();
  const cache = new Map<string, number>();
  return (text, font, bold, size) => {
    const key = `${font}|${bold}|${text}`;
    let units = cache.get(key);
    if (units === undefined) {
      const fontKey = `${font}|${bold}`;
      if (!fonts.has(fontKey)) {
        const bytes = load(font, bold);
        fonts.set(fontKey, bytes ? (fontkit.create(bytes as never) as unknown as Font) : null);
      }
      const f = fonts.get(fontKey);
      // Without the font, assume a generous width (1 em a character) rather than let text run out of its cell.
      units = f ? f.layout(text).advanceWidth / f.unitsPerEm : [...text].length;
      cache.set(key, units);
    }
    return units * size;
  };
}
