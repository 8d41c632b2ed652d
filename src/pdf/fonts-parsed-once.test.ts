import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fontFiles } from './font-files';

const require = createRequire(import.meta.url);
const path = require.resolve(fontFiles.NotoSans.normal);
// Identity compared as a boolean: a matcher given two parsed fonts walks them (seconds).
const parsedFont = (doc: PDFKit.PDFDocument, src: string | ArrayBuffer) => (doc.font(src as string) as unknown as { _font: { font: object } })._font.font;

// patches/: pdfkit parses a font file once per process (Node) or per page (the browser bundle), not per document.
describe('fonts parsed once', () => {
  it('gives every pdfkit document of the process the font parsed from the same path', () => {
    expect(parsedFont(new PDFDocument(), path) === parsedFont(new PDFDocument(), path)).toBe(true);
  });

  it('does so for the same bytes, and parses other bytes of the same file anew', () => {
    const bytes = new Uint8Array(readFileSync(path)).buffer;
    expect(parsedFont(new PDFDocument(), bytes) === parsedFont(new PDFDocument(), bytes)).toBe(true);
    expect(parsedFont(new PDFDocument(), new Uint8Array(readFileSync(path)).buffer) === parsedFont(new PDFDocument(), bytes)).toBe(false);
  });

  it('is carried by the browser bundle of pdfmake too (the same patch, applied by npm ci)', () => {
    const bundle = readFileSync(require.resolve('pdfmake/build/pdfmake.js'), 'utf8');
    const open = bundle.slice(bundle.indexOf('class PDFFontFactory'), bundle.indexOf('const isEqualFont'));
    expect(open).toContain('parsedFont(key, family)');
    expect(open).toContain('rememberFont(key, family, font)');
  });
});
