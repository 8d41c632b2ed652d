import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callsWhile } from '../../tests/calls-while';
import { fontFiles } from './font-files';

// patches/README.md: pdfmake (patched) makes a list's one-word markers ("12. ") from the first it measured,
// changing only the text and the width. Each must be what measuring it alone gives.
const require = createRequire(import.meta.url);
type Marker = { _inlines?: Record<string, unknown>[] };
type Measure = {
  styleStack: { push(o: object): void; clone(): unknown };
  buildOrderedMarker(item: object, counter: number, stack: unknown, type: string, separator: unknown, templates?: Map<string, unknown>): Marker;
};
const DocMeasure = require('pdfmake/js/DocMeasure').default as new (doc: unknown, styles: object, defaultStyle: object, svg: unknown, layouts: object) => Measure;
const PdfmakeDocument = require('pdfmake/js/PDFDocument').default as new (fonts: object) => unknown;

const fonts = { NotoSans: Object.fromEntries(Object.entries(fontFiles.NotoSans).map(([style, spec]) => [style, require.resolve(spec)])) };
const types = ['decimal', 'lower-alpha', 'upper-alpha', 'lower-roman', 'upper-roman'];
const separators: unknown[] = ['.', ')', ['(', ')'], ['', '.'], [' ', '. ']];
const colors = [undefined, '#a3261b', 'blue'];

describe('ordered list markers (pdfmake, patched)', () => {
  it('are each what measuring that marker alone gives, whatever the list makes from its first', () => {
    const measure = new DocMeasure(new PdfmakeDocument(fonts), {}, { font: 'NotoSans', fontSize: 9.5, lineHeight: 1.2 }, undefined, {});
    fc.assert(
      fc.property(
        fc.record({ size: fc.constantFrom(8, 9.5, 12), bold: fc.boolean(), color: fc.constantFrom(...colors), type: fc.constantFrom(...types), separator: fc.constantFrom(...separators) }),
        fc.array(fc.record({ counter: fc.integer({ min: -3, max: 120000 }), markerColor: fc.constantFrom(...colors) }), { minLength: 1, maxLength: 40 }),
        (look, items) => {
          const stack = measure.styleStack.clone() as Measure['styleStack'];
          stack.push({ fontSize: look.size, bold: look.bold, color: look.color });
          const templates = new Map<string, unknown>();
          for (const { counter, markerColor } of items) {
            const item = { text: 'a', markerColor };
            const fromList = measure.buildOrderedMarker(item, counter, stack, look.type, look.separator, templates);
            const alone = measure.buildOrderedMarker(item, counter, stack, look.type, look.separator);
            expect(fromList).toEqual(alone);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('are made from the first of the list, not measured one by one', async () => {
    const measure = new DocMeasure(new PdfmakeDocument(fonts), {}, { font: 'NotoSans', fontSize: 9.5 }, undefined, {});
    const templates = new Map<string, unknown>();
    const { calls } = await callsWhile((measure as unknown as { textInlines: object }).textInlines, 'buildInlines', () => {
      for (let n = 1; n <= 500; n++) measure.buildOrderedMarker({ text: 'a' }, n, measure.styleStack.clone(), 'decimal', '.', templates);
    });
    // Unpatched: 500, one for each marker.
    expect(calls).toHaveLength(1);
  });
});
