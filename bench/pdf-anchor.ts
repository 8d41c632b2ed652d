/**
 * The PDF build against a bare pdfmake anchor: the same texts, in the same fonts and styles, with the same
 * running header and footer, as one plain two-column table. What is left of the ratio is this tool's own
 * cost (checking, templates, measuring right-to-left lines) and the richer layout of its document.
 */
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { LanguageCode } from '../src/core/catalogue/catalogue-types';
import { checkRequest } from '../src/core/completeness/check-request';
import type { RequestData } from '../src/core/request/request-schema';
import { allLanguagePacks } from '../src/i18n/all-language-packs';
import { documentContext } from '../src/pdf/document-context-for';
import { fontFiles } from '../src/pdf/font-files';
import { renderPdfNode } from '../src/pdf/render-pdf-node';
import { buildDocument } from '../templates';
import { median } from './stats';

const require = createRequire(import.meta.url);
const today = '2026-11-22';

type Leaf = { text: string; font?: string; bold?: boolean; italics?: boolean; fontSize?: number };
type Style = Omit<Leaf, 'text'>;

/** Every text of a document definition, in order, with the font and style it is printed in. */
function leaves(node: unknown, style: Style, out: Leaf[]) {
  if (node == null) return;
  if (typeof node === 'string') out.push({ text: node, ...style });
  else if (Array.isArray(node)) node.forEach((n) => leaves(n, style, out));
  else if (typeof node === 'object') {
    const n = node as Record<string, unknown> & Style;
    const own: Style = { font: n.font ?? style.font, bold: n.bold ?? style.bold, italics: n.italics ?? style.italics, fontSize: n.fontSize ?? style.fontSize };
    for (const key of ['text', 'stack', 'columns', 'ul', 'ol', 'table', 'body']) if (key in n) leaves(n[key], own, out);
  }
}

function anchorOf(doc: TDocumentDefinitions): TDocumentDefinitions {
  const texts: Leaf[] = [];
  leaves(doc.content, { font: 'NotoSans' }, texts);
  const body = [];
  for (let i = 0; i < texts.length; i += 2) body.push([texts[i]!, texts[i + 1] ?? '']);
  return { content: [{ table: { widths: ['*', '*'], body } }], header: doc.header, footer: doc.footer, pageSize: doc.pageSize, pageMargins: doc.pageMargins, defaultStyle: doc.defaultStyle };
}

const fonts = Object.fromEntries(Object.entries(fontFiles).map(([family, files]) =>
  [family, Object.fromEntries(Object.entries(files).map(([style, spec]) => [style, require.resolve(spec)]))]));

/** Medians of ours and of the anchor, timed alternately in this process after warming both. */
export async function pdfVersusAnchor(request: RequestData, langs: [LanguageCode, LanguageCode], runs: number) {
  // The anchor's texts are ours, measured as ours are (a width function is needed only to build it).
  const widths = (text: string, _f: string, _b: boolean, size: number) => text.length * size * 0.5;
  // Made afresh for each run, outside the timing: pdfmake changes the definition it is given.
  const anchor = () => anchorOf(buildDocument(request, checkRequest(request, { today }), documentContext(langs, 'A4', widths, allLanguagePacks)));
  const ours = () => renderPdfNode(request, langs, 'A4', today);
  const bare = (doc: TDocumentDefinitions) => {
    pdfmake.setFonts(fonts);
    return pdfmake.createPdf(doc).getBuffer();
  };
  await ours();
  await bare(anchor());
  const oursMs: number[] = [];
  const bareMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    await ours();
    oursMs.push(performance.now() - t0);
    const doc = anchor();
    t0 = performance.now();
    await bare(doc);
    bareMs.push(performance.now() - t0);
  }
  // The ratio pair by pair (each of ours beside the anchor run right after it), as the CLI's is: the speed of
  // the machine drifts between the first and the last run.
  return { ours: median(oursMs), anchor: median(bareMs), ratio: median(oursMs.map((ms, i) => ms / bareMs[i]!)) };
}
