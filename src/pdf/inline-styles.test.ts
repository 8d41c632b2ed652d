import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fontFiles } from './font-files';

// patches/README.md: pdfmake (patched) resolves the style of inlines that set none themselves once per text and
// shares it. Each inline must still carry what pdfmake's own per-property lookup gives it.
const require = createRequire(import.meta.url);
type Stack = { push(o: object): void; clone(): Stack };
type StackClass = (new (styles: object, defaultStyle: object) => Stack) & { getStyleProperty(item: object, stack: Stack, property: string, fallback: unknown): unknown };
const StyleContextStack = require('pdfmake/js/StyleContextStack').default as StackClass;
const TextBreaker = require('pdfmake/js/TextBreaker').default as new () => { getBreaks(texts: unknown, stack: Stack): Record<string, unknown>[] };
const TextInlines = require('pdfmake/js/TextInlines').default as new (doc: unknown) => { measure(items: Record<string, unknown>[], stack: Stack): Record<string, unknown>[] };
const PdfmakeDocument = require('pdfmake/js/PDFDocument').default as new (fonts: object) => { provideFont(name: string, bold: boolean, italics: boolean): unknown };

const fonts = { NotoSans: Object.fromEntries(Object.entries(fontFiles.NotoSans).map(([style, spec]) => [style, require.resolve(spec)])) };
// What measure() sets on every inline, with pdfmake's defaults.
const set: [string, unknown][] = [['alignment', 'left'], ['fontSize', 12], ['color', 'black'], ['decoration', null], ['background', null], ['link', null], ['noWrap', null], ['opacity', 1], ['characterSpacing', 0], ['sup', false], ['sub', false]];
const style = fc.record(
  { fontSize: fc.constantFrom(7, 9.5, 14), bold: fc.boolean(), italics: fc.boolean(), color: fc.constantFrom('red', '#123456', null), alignment: fc.constantFrom('left', 'right', 'justify'), opacity: fc.constantFrom(0.5, 1), sup: fc.boolean(), lineHeight: fc.constantFrom(1, 1.5), preserveLeadingSpaces: fc.boolean() },
  { requiredKeys: [] },
);
const piece = fc.oneof(fc.constantFrom('a', 'word ', ' lead', 'x\ny', '12. ', ''), fc.record({ text: fc.constantFrom('a', 'b c', ' d '), style: fc.option(style, { nil: undefined }) }).map(({ text, style: s }) => ({ text, ...s })));

describe('inline styles (pdfmake measure, patched)', () => {
  it('give every inline what looking each property up for it gives, whether it sets its own or not', () => {
    const doc = new PdfmakeDocument(fonts);
    const inlines = new TextInlines(doc);
    fc.assert(
      fc.property(fc.array(style, { maxLength: 3 }), fc.array(piece, { minLength: 1, maxLength: 6 }), (levels, texts) => {
        const stack = new StyleContextStack({}, { font: 'NotoSans', fontSize: 9.5 });
        for (const level of levels) stack.push(level);
        const broken = new TextBreaker().getBreaks(texts, stack);
        const before = broken.map((item) => ({ ...item }));
        const measured = inlines.measure(broken, stack);
        measured.forEach((inline, i) => {
          const item = before[i]!;
          const look = (property: string, fallback: unknown) => StyleContextStack.getStyleProperty({ ...item }, stack, property, fallback);
          const fontSize = (look('fontSize', 12) as number) * (look('sup', false) || look('sub', false) ? 0.58 : 1);
          expect(inline.font).toBe(doc.provideFont(look('font', 'Roboto') as string, look('bold', false) as boolean, look('italics', false) as boolean));
          for (const [property, fallback] of set) if (property !== 'fontSize') expect(inline[property]).toEqual(look(property, fallback));
          expect(inline.fontSize).toBe(fontSize);
          expect(inline.height).toBeCloseTo((inline.font as { lineHeight(size: number): number }).lineHeight(fontSize) * (look('lineHeight', 1) as number), 9);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('give every item of a list, each measured on a copy of the stack with its own node, what looking up for it gives', () => {
    const doc = new PdfmakeDocument(fonts);
    const inlines = new TextInlines(doc);
    // One default style object for every run, as for every text of one document: what one text leaves kept for
    // the next must never answer for a stack that differs.
    const defaultStyle = { font: 'NotoSans', fontSize: 9.5 };
    const node = fc.record({ text: fc.constantFrom('a', 'b c', '12. '), style: fc.option(style, { nil: undefined }), twice: fc.boolean() });
    fc.assert(
      fc.property(fc.array(style, { maxLength: 3 }), fc.array(node, { minLength: 1, maxLength: 8 }), (levels, items) => {
        const base = new StyleContextStack({}, defaultStyle);
        for (const level of levels) base.push(level);
        for (const item of items) {
          // As pdfmake measures a list item: its node pushed on the list's stack, and again on a copy of it.
          const own = { text: item.text, ...item.style };
          const stack = base.clone();
          stack.push(own);
          if (item.twice) stack.push(own);
          const broken = new TextBreaker().getBreaks(item.text, stack);
          const measured = inlines.measure(broken, stack);
          const look = (property: string, fallback: unknown) => StyleContextStack.getStyleProperty({}, stack, property, fallback);
          for (const inline of measured) {
            expect(inline.font).toBe(doc.provideFont(look('font', 'Roboto') as string, look('bold', false) as boolean, look('italics', false) as boolean));
            for (const [property, fallback] of set) if (property !== 'fontSize') expect(inline[property]).toEqual(look(property, fallback));
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
