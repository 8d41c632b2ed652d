import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { callsWhile } from '../../tests/calls-while';
import { parseRequest } from '../core/request/parse-request';
import { renderPdfNode } from './render-pdf-node';

// pdfmake's own classes, the instances its layout uses (one CommonJS module cache in the process).
const require = createRequire(import.meta.url);
type Proto = object;
const lineProto = (require('pdfmake/js/Line').default as { prototype: Proto }).prototype;
const stackProto = (require('pdfmake/js/StyleContextStack').default as { prototype: Proto }).prototype;
const preprocessorProto = (require('pdfmake/js/DocPreprocessor').default as { prototype: Proto }).prototype;

const base = JSON.parse(readFileSync('examples/preservation.json', 'utf8'));

/**
 * Prints the example with a text of `lines` lines (the facts, or another answer), counting what one method of
 * a pdfmake class is given meanwhile; with the number of pages printed.
 */
async function countWhilePrinting(proto: Proto, name: string, count: (args: unknown[]) => number, lines: number, field = 'factsSummary'): Promise<{ total: number; pages: number }> {
  const raw = structuredClone(base);
  raw.answers[field] = `${'a\n'.repeat(lines - 1)}a`;
  const parsed = parseRequest(raw);
  if (!parsed.ok) throw new Error('the example with many lines is not a valid request');
  const { result: pdf, calls } = await callsWhile(proto, name, () => renderPdfNode(parsed.request, ['en', 'fr'], 'A4', '2026-11-22'));
  const total = calls.reduce((sum, args) => sum + count(args), 0);
  return { total, pages: pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0 };
}

/**
 * patches/README.md: pdfmake 0.3.11 copied every inline still to place for each inline it placed, and looked
 * up some twenty style properties per inline through the whole style stack. The work is counted here, not
 * timed: what a text of twice the lines costs more must stay about what the first lines cost.
 */
describe('pdfmake work per line of a long text', () => {
  it('copies only the inlines a line check reads, not all that follow (linear, not quadratic)', async () => {
    const copied = async (lines: number) => (await countWhilePrinting(lineProto, 'hasEnoughSpaceForInline', (args) => (args[1] as unknown[] | undefined)?.length ?? 0, lines)).total;
    const at1000 = await copied(1000);
    const at2000 = await copied(2000);
    // Unpatched: some 8 million at 2,000 lines (2 million at 1,000); patched: none, no inline here is glued on.
    expect(at2000).toBeLessThan(2000);
    expect(at2000).toBeLessThanOrEqual(at1000 * 2.2 + 50);
  });

  it('looks a style property up in the stack once per text, not once per line', async () => {
    const lookups = async (lines: number) => (await countWhilePrinting(stackProto, 'getProperty', () => 1, lines)).total;
    const at1000 = await lookups(1000);
    const at2000 = await lookups(2000);
    // Unpatched: some 50 more for every line (23 per inline, in each column); patched: 3, the pages' headers.
    expect((at2000 - at1000) / 1000).toBeLessThan(8);
  });

  it('looks a style property up once for a list, not once for each of its items (the annexes, one a line)', async () => {
    const lookups = async (lines: number) => (await countWhilePrinting(stackProto, 'getProperty', () => 1, lines, 'annexes')).total;
    const at1000 = await lookups(1000);
    const at2000 = await lookups(2000);
    // Unpatched: some 59 more for every item (23 for its text, in each column); patched: some 12, the few that
    // pdfmake makes once for each text (line breaking's noWrap and wordBreak, the indent, the marker's colour).
    expect((at2000 - at1000) / 1000).toBeLessThan(16);
  });
});

describe('pdfmake work per page', () => {
  it('lays the running header out once (the same node every page), only the footer, which changes, once a page', async () => {
    const blocks = (lines: number) => countWhilePrinting(preprocessorProto, 'preprocessBlock', () => 1, lines);
    const short = await blocks(200);
    const long = await blocks(2000);
    expect(long.pages - short.pages).toBeGreaterThan(20);
    // Unpatched: two blocks a page more (header and footer); patched: one, the footer.
    expect((long.total - short.total) / (long.pages - short.pages)).toBeCloseTo(1, 5);
  });
});

describe('pdfkit bytes of a page', () => {
  it('are made once from the drawing operators written, not one Buffer per operator', () => {
    const doc = new PDFDocument();
    for (let i = 0; i < 100; i++) doc.text(`line ${i}`, 50, 50 + 5 * i);
    const content = (doc.page as unknown as { content: { buffer: unknown[]; data: { Length: number } } }).content;
    // Unpatched: 801 Buffers (q, cm, BT, Tm, Tf, TJ, ET, Q for each line).
    expect(content.buffer.length).toBeLessThan(5);
    expect(content.data.Length).toBeGreaterThan(100 * 20);
  });
});

describe('pdfkit text drawn again', () => {
  it('is shaped and measured once a font, not for every time it is drawn', async () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    doc.addPage();
    doc.font(require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'));
    const embeddedFont = Object.getPrototypeOf((doc as unknown as { _font: object })._font) as object;
    const { calls } = await callsWhile(embeddedFont, 'layout', () => {
      for (let i = 0; i < 100; i++) doc.text(i % 2 ? 'a' : '12. ', 50, 50 + 5 * i, { lineBreak: false });
    });
    // Unpatched: 200 (each text encoded, then its width taken, both through layout); patched: 4.
    expect(calls.length).toBeLessThan(10);
  });

  it('is flipped with the page it is on (the flip written once is kept only while the page height is the same)', () => {
    const doc = new PDFDocument({ size: 'LETTER', compress: false, bufferPages: true });
    doc.text('a', 50, 50, { lineBreak: false }).text('b', 50, 60, { lineBreak: false });
    doc.addPage({ size: 'A4' }).text('c', 50, 50, { lineBreak: false });
    const page = (doc as unknown as { _pageBuffer: { content: { pendingText?: string; buffer: Buffer[] } }[] })._pageBuffer;
    const ops = page.map((p) => Buffer.concat(p.content.buffer).toString('latin1') + (p.content.pendingText ?? ''));
    // The page's own flip, then one for each text.
    expect(ops[0]!.match(/1 0 0 -1 0 792 cm/g)).toHaveLength(3);
    expect(ops[1]).toContain('1 0 0 -1 0 841.89 cm');
    expect(ops[1]).not.toContain('792 cm');
  });
});

describe('the browser bundle of pdfmake', () => {
  it('carries the same patches (applied by npm ci)', () => {
    const bundle = readFileSync(require.resolve('pdfmake/build/pdfmake.js'), 'utf8');
    // A line of each patch, as it stands in the patched node files.
    const patchedLines = [
      'gluedAfterFirst(textNode._inlines)',
      "let font = styleProperty(item, 'font', 'Roboto');",
      'this.flushText();',
      'this.writer.addRepeatedFragment(last.fragment);',
      'const INLINE_STYLE_DEFAULTS = ',
      'markerTemplates.set(markerColor, inlines[0]);',
      'this.encodeCache.set(text, encoded);',
      'this._lastTransform = [m11, m12, m21, m22, dx, dy',
      'setSharedStyle(item, shared.set);',
      'keepSharedStyle(styleContextStack, shared);',
      'doc.textRunFragment(inline.text, x + inline.x, offsetText(y + shiftToBaseline, inline));',
      'this._writeGlyphs(glyphs[0], glyphs[1], x, baseline);',
    ];
    for (const line of patchedLines) expect(bundle).toContain(line);
  });
});
