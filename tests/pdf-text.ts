import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp-dir';

/** Reading PDFs back with poppler (Debian's poppler-utils), as a reviewer's tools would. */
const dir = tempDir('mla-pdf-test');
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
    // pdftotext joins a word hyphenated at a line's end and drops its hyphen ("Государством-/участником").
    .replace(/[-\u2010]/g, '')
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

interface BoxedWord { page: number; xMin: number; yMin: number; yMax: number; text: string; pageWidth: number; pageHeight: number }
const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

function boxedWords(file: string): BoxedWord[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const out: BoxedWord[] = [];
  let page = 0;
  let pageWidth = 0;
  let pageHeight = 0;
  for (const line of html.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line);
    if (p) {
      page++;
      pageWidth = Number(p[1]);
      pageHeight = Number(p[2]);
      continue;
    }
    const w = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (w) out.push({ page, xMin: Number(w[1]), yMin: Number(w[2]), yMax: Number(w[3]), text: w[4]!.replace(/&\w+;/g, (e) => entities[e] ?? e), pageWidth, pageHeight });
  }
  return out;
}

/**
 * One language column's words in reading order across all pages, without the running header (the words every
 * page has at the same place) and the footer: a cell broken across lines or pages reads as one text.
 */
export function pdfColumnWords(file: string, col: 0 | 1 | 'both'): string {
  const words = boxedWords(file);
  const pages = Math.max(...words.map((w) => w.page));
  const key = (w: BoxedWord) => `${w.text}@${w.xMin.toFixed(1)},${w.yMin.toFixed(1)}`;
  const count = new Map<string, number>();
  for (const w of words) count.set(key(w), (count.get(key(w)) ?? 0) + 1);
  const kept = words
    .filter((w) => !(pages > 1 && count.get(key(w)) === pages) && w.yMin < w.pageHeight - 56)
    // Accents poppler reports as words of their own, high above a capital: they would start a line of their own.
    .filter((w) => !/^\p{M}+$/u.test(w.text))
    // 'both': text across the page (the signatory, the footnote) reads line by line.
    .filter((w) => col === 'both' || (col === 0 ? w.xMin < w.pageWidth / 2 : w.xMin >= w.pageWidth / 2))
    .sort((a, b) => a.page - b.page || a.yMax - b.yMax);
  // Words of one line differ in height by font (a Chinese and a Latin run): lines are grouped, then read left to right.
  const lines: BoxedWord[][] = [];
  for (const w of kept) {
    const line = lines[lines.length - 1];
    // By the bottom of the words: a capital with accents is taller, a Chinese run sits a little lower.
    if (line && line[line.length - 1]!.page === w.page && w.yMax - line[line.length - 1]!.yMax < 4) line.push(w);
    else lines.push([w]);
  }
  return lines.map((l) => l.sort((a, b) => a.xMin - b.xMin).map((w) => w.text).join('')).join('');
}
