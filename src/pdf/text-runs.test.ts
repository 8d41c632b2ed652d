import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { savePdf } from '../../tests/pdf-text';
import { fontFiles } from './font-files';

// patches/README.md: pdfmake (patched) writes consecutive plain text of one font, size, colour and opacity into
// one text object (a text run) instead of drawing each word with its own graphics state and text object. What
// is printed must be what drawing each line as before prints, pixel for pixel and word box for word box.
const require = createRequire(import.meta.url);
type Renderer = { renderPlainLine(line: unknown, x: number, y: number): void; endTextRun(): void; drawLine(line: unknown, x: number, y: number): void };
const rendererProto = (require('pdfmake/js/Renderer').default as { prototype: Renderer }).prototype;

const fontPaths = (family: keyof typeof fontFiles) => Object.fromEntries(Object.entries(fontFiles[family]).map(([style, spec]) => [style, require.resolve(spec)]));
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => true);
pdfmake.setFonts({ NotoSans: fontPaths('NotoSans'), Amiri: fontPaths('Amiri') });

// pdfmake writes its layout into the definition it is given: each print gets its own copy.
const render = (doc: TDocumentDefinitions): Promise<Buffer> => pdfmake.createPdf(structuredClone(doc)).getBuffer();

/** The same document with every line drawn as unpatched pdfmake draws it: no run is ever open. */
async function renderLineByLine(doc: TDocumentDefinitions): Promise<Buffer> {
  const runs = rendererProto.renderPlainLine;
  rendererProto.renderPlainLine = function (this: Renderer, line, x, y) {
    this.endTextRun();
    this.drawLine(line, x, y);
  };
  try {
    return await render(doc);
  } finally {
    rendererProto.renderPlainLine = runs;
  }
}

/** Each page as pixels (poppler's pdftoppm) and every word with its box (pdftotext -bbox). */
function printed(pdf: Buffer): { pages: Buffer[]; words: string } {
  const file = savePdf(pdf);
  const prefix = `${file}-page`;
  execFileSync('pdftoppm', ['-r', '72', file, prefix]);
  const dir = dirname(file);
  const pages = readdirSync(dir).filter((f) => join(dir, f).startsWith(prefix)).sort().map((f) => readFileSync(join(dir, f)));
  const words = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).replace(/<meta[^>]*>|<title>.*<\/title>/g, '');
  return { pages, words };
}

// Texts that take each way through the glyph writer: plain words, a line break, marks placed by offsets
// (a decomposed accent, vocalised Arabic), an empty text, a word long enough to wrap.
const texts = ['word ', 'two words ', 'a\nb', 'e\u0301te\u0301 ', '', 'x'.repeat(90), '12. '];
const arabic = ['مَرْحَبًا بِكُم ', 'السلام '];
// Looks a text run keeps apart (size, colour, opacity, font) or places (alignment, raised, lowered)...
const plainLook = fc.record(
  {
    fontSize: fc.constantFrom(7, 9.5, 14),
    color: fc.constantFrom('black', '#a3261b', 'blue', 'not-a-colour'),
    opacity: fc.constantFrom(0.4, 1),
    bold: fc.boolean(),
    italics: fc.boolean(),
    sup: fc.boolean(),
    sub: fc.boolean(),
    alignment: fc.constantFrom('left', 'right', 'center', 'justify'),
  },
  { requiredKeys: [] },
);
// ...and, now and then, one that takes its text out of the run (drawn as before).
const drawnApart = fc.oneof(
  { arbitrary: fc.constant({}), weight: 9 },
  { arbitrary: fc.constantFrom({ decoration: 'underline' }, { decoration: 'lineThrough' }, { background: '#fde8e6' }, { link: 'https://example.org/' }, { characterSpacing: 1.5 }), weight: 1 },
);
const look = fc.tuple(plainLook, drawnApart).map(([plain, apart]) => ({ ...plain, ...apart }));
const piece = fc.oneof(
  fc.record({ text: fc.constantFrom(...texts), look }).map(({ text, look: l }) => ({ text, ...l })),
  fc.record({ text: fc.constantFrom(...arabic), look }).map(({ text, look: l }) => ({ text, font: 'Amiri', ...l })),
  fc.constantFrom(...texts),
);
const paragraph = fc.record({ text: fc.array(piece, { minLength: 1, maxLength: 6 }), look }).map(({ text, look: l }) => ({ text, ...l }) as Content);
const block: fc.Arbitrary<Content> = fc.oneof(
  paragraph,
  fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((ol) => ({ ol }) as Content),
  fc.tuple(paragraph, paragraph).map(([a, b]) => ({ table: { widths: ['*', '*'], body: [[{ ...(a as object), fillColor: '#e8eef7' }, b]] } }) as Content),
  fc.constant({ canvas: [{ type: 'rect', x: 0, y: 0, w: 120, h: 6, color: '#1f3f6b' }] } as Content),
);

describe('text runs (pdfmake and pdfkit, patched)', () => {
  it('print what drawing each line on its own prints: the same pixels and the same word boxes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 8 }), plainLook, async (content, defaultLook) => {
        const doc: TDocumentDefinitions = { pageSize: 'A6', content, defaultStyle: { font: 'NotoSans', ...defaultLook } };
        const runs = printed(await render(doc));
        const lineByLine = printed(await renderLineByLine(doc));
        expect(runs.words).toBe(lineByLine.words);
        expect(runs.pages.length).toBe(lineByLine.pages.length);
        runs.pages.forEach((page, i) => expect(page.equals(lineByLine.pages[i]!), `page ${i + 1}`).toBe(true));
      }),
      { numRuns: 30 },
    );
  });

  it('write a text of many lines in one style as one text object, not one for each line', async () => {
    const doc: TDocumentDefinitions = { compress: false, content: [{ text: `${'a\n'.repeat(199)}a` }], defaultStyle: { font: 'NotoSans' } };
    const textObjects = (pdf: Buffer) => pdf.toString('latin1').match(/^BT$/gm)?.length ?? 0;
    // Unpatched: 200, one a line; patched: one a page (4 pages of 50-odd lines).
    expect(textObjects(await renderLineByLine(doc))).toBe(200);
    expect(textObjects(await render(doc))).toBeLessThan(10);
  });
});
