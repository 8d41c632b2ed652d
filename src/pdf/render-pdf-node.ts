import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import pdfmake from 'pdfmake';
import PDFDocument from 'pdfkit';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildDocument, fontsUsed, type DocContext, type PageSize } from '../../templates';
import { additionalInformationLetter } from '../../templates/additional-information-letter';
import type { LanguageCode } from '../core/catalogue/catalogue-types';
import { checkRequest } from '../core/completeness/check-request';
import type { RequestData } from '../core/request/request-schema';
import type { Review } from '../core/review/review-schema';
import { allLanguagePacks } from '../i18n/all-language-packs';
import { documentContext } from './document-context-for';
import { fontFiles, type FontFamilyName } from './font-files';
import { isoDateOf } from '../core/dates/iso-date';
import { createMeasurer, type ShapingFont } from './measure';

const require = createRequire(import.meta.url);
const resolveFont = (spec: string) => require.resolve(spec);
const fontDirs = Object.values(fontFiles).map((f) => dirname(dirname(resolveFont(f.normal))));
// Measured with pdfkit's own fonts: its fontkit (one in the process) and its parsed fonts (patches/README.md:
// parsed once per process, shared by measuring and by every document printed).
let measuring: PDFKit.PDFDocument | undefined;
const measure = createMeasurer((font, bold) => {
  const files = fontFiles[font as FontFamilyName];
  if (!files) return undefined;
  measuring ??= new PDFDocument({ autoFirstPage: false });
  return (measuring.font(resolveFont(bold ? files.bold : files.normal)) as unknown as { _font: { font: ShapingFont } })._font.font;
});

// Fonts from node_modules only; no URL is ever fetched.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path: string) => fontDirs.some((d) => path.startsWith(d)));

/** The PDF of a request in a language pair, in Node (CLI, tests, benchmark). */
export function renderPdfNode(request: RequestData, langs: [LanguageCode, LanguageCode], pageSize: PageSize = 'A4', today = isoDateOf(new Date())): Promise<Buffer> {
  return renderNode((ctx) => buildDocument(request, checkRequest(request, { today }), ctx), langs, pageSize);
}

/** The Art. 40(16) letter of a review, in Node. */
export function renderLetterNode(review: Review, langs: [LanguageCode, LanguageCode], pageSize: PageSize = 'A4'): Promise<Buffer> {
  return renderNode((ctx) => additionalInformationLetter(review, ctx), langs, pageSize);
}

async function renderNode(build: (ctx: DocContext) => TDocumentDefinitions, langs: [LanguageCode, LanguageCode], pageSize: PageSize): Promise<Buffer> {
  const doc = build(documentContext(langs, pageSize, measure, allLanguagePacks));
  const used = fontsUsed(doc);
  pdfmake.setFonts(Object.fromEntries([...used].map((family) => {
    const files = fontFiles[family as FontFamilyName];
    return [family, Object.fromEntries(Object.entries(files).map(([style, spec]) => [style, resolveFont(spec)]))];
  })));
  return pdfmake.createPdf(doc).getBuffer();
}
