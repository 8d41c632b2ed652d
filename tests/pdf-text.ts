import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Reading PDFs back with poppler (Debian's poppler-utils), as a reviewer's tools would. */
const dir = mkdtempSync(join(tmpdir(), 'mla-pdf-test-'));
let n = 0;
export function savePdf(pdf: Uint8Array): string {
  const file = join(dir, `doc-${n++}.pdf`);
  writeFileSync(file, pdf);
  return file;
}
export const pdfText = (file: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', file, '-'], { encoding: 'utf8' });
export const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
export const pdfInfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
export const pdfFonts = (file: string) => execFileSync('pdffonts', [file], { encoding: 'utf8' });

/** Words with their boxes, to prove that nothing runs outside the page or its column. */
export function pdfWords(file: string): { page: number; xMin: number; xMax: number; text: string; pageWidth: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const out: { page: number; xMin: number; xMax: number; text: string; pageWidth: number }[] = [];
  let page = 0;
  let pageWidth = 0;
  for (const line of html.split('\n')) {
    const p = /<page width="([\d.]+)"/.exec(line);
    if (p) {
      page++;
      pageWidth = Number(p[1]);
      continue;
    }
    const w = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*)<\/word>/.exec(line);
    if (w) out.push({ page, xMin: Number(w[1]), xMax: Number(w[2]), text: w[3]!, pageWidth });
  }
  return out;
}

/**
 * Text compared without layout: whitespace, bidi controls, Arabic diacritics and tatweel removed; Arabic
 * presentation forms folded to their base letters (NFKC). Brackets are folded to one sign: in right-to-left
 * lines the printed glyph is the mirror image, and that is what text extraction returns.
 */
export function normalise(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[()]/g, '|')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069]/g, '')
    .replace(/\s+/g, '');
}

/** The text of one language column only (left or right half of every page), so lines are not interleaved. */
export function pdfColumnText(file: string, col: 0 | 1): string {
  const info = pdfInfo(file);
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
  const half = Math.floor(Number(w) / 2);
  // Below the running header and above the footer, so a cell broken across pages reads as one text.
  const top = 62;
  const bottom = 54;
  const height = Math.floor(Number(h)) - top - bottom;
  return execFileSync('pdftotext', ['-r', '72', '-x', String(col === 0 ? 0 : half), '-y', String(top), '-W', String(half), '-H', String(height), file, '-'], { encoding: 'utf8' });
}

/**
 * For Arabic: poppler's extraction of right-to-left lines moves numbers and some punctuation, so the check is
 * that every word of the expected text is there, not that the words come out contiguous.
 */
export function containsWords(haystack: string, needle: string): string[] {
  const hay = normalise(haystack);
  return needle.split(/[\s،,.;:()*]+/).filter(Boolean).filter((w) => !hay.includes(normalise(w)));
}

/** The text in content-stream order (poppler -raw): each cell's lines together, columns not interleaved. */
export const pdfRawText = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }).replace(/\u2060/g, '');

/** The text of a band across the top of a page (the running header), in points from the top edge. */
export function pdfTopText(file: string, page: number, height: number): string {
  const [, w] = /Page size:\s+([\d.]+) x/.exec(pdfInfo(file))!;
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-r', '72', '-x', '0', '-y', '0', '-W', String(Math.ceil(Number(w))), '-H', String(height), file, '-'], { encoding: 'utf8' });
}

/**
 * The body's text in content-stream order, pages joined: pdfmake draws each page's running header and footer
 * after its body, so each page's last lines (the footer, and the header lines every page ends with) are cut,
 * and a cell broken across pages reads as one text.
 */
export function pdfBodyText(file: string): string {
  const pages = pdfRawText(file).split('\f').filter((p) => p.trim()).map((p) => p.replace(/\n+$/, '').split('\n').slice(0, -1));
  let common = 0;
  while (pages.every((p) => p.length > common && p[p.length - 1 - common] === pages[0]![pages[0]!.length - 1 - common])) common++;
  return pages.map((p) => p.slice(0, p.length - common).join('\n')).join('\n');
}
