import pdfMake from 'pdfmake/build/pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildDocument, fontsUsed, type DocContext, type PageSize } from '../../templates';
import { additionalInformationLetter } from '../../templates/additional-information-letter';
import { rtlLetter } from '../../templates/blocks/rtl-lines';
import type { LanguageCode } from '../core/catalogue/catalogue-types';
import { checkRequest } from '../core/completeness/check-request';
import type { RequestData } from '../core/request/request-schema';
import type { Review } from '../core/review/review-schema';
import { browserFontUrls } from './browser-font-urls';
import { loadLanguagePacks } from '../i18n/load-language-pack';
import { documentContext } from './document-context-for';
import type { FontFamilyName } from './font-files';
import { isoDateOf } from '../core/dates/iso-date';
import { createMeasurer, type ShapingFont } from './measure';

// pdfmake fetches fonts only from absolute URLs; they are this app's own files, never another origin.
const absolute = (u: string) => new URL(u, window.location.href).href;
pdfMake.setUrlAccessPolicy((url) => new URL(url).origin === window.location.origin);

// Right-to-left lines are measured with pdfmake's own pdfkit and fontkit (one fontkit in the bundle), on the
// very bytes pdfmake prints from: pdfkit parses each font once a page (patches/README.md).
type PdfKitLike = { font: (src: ArrayBuffer) => { _font: { font: ShapingFont } } };
const pdfmakeFiles = (pdfMake as unknown as { virtualfs: { readFileSync: (name: string) => ArrayBuffer } }).virtualfs;
let measuring: PdfKitLike | undefined;
const measure = createMeasurer((font, bold) => {
  const url = browserFontUrls[font as FontFamilyName]?.[bold ? 'bold' : 'normal'];
  return url && measuring ? measuring.font(pdfmakeFiles.readFileSync(absolute(url)))._font.font : undefined;
});
const fontsOf = (families: Iterable<string>) => Object.fromEntries([...families].map((family) => {
  const urls = browserFontUrls[family as FontFamilyName];
  return [family, Object.fromEntries(Object.entries(urls).map(([style, url]) => [style, absolute(url)]))];
}));
/** An empty pdfmake document with the families given: pdfmake fetches their files, and its pdfkit measures. */
async function prepareMeasuring(families: FontFamilyName[]) {
  pdfMake.setFonts(fontsOf(families));
  const output = pdfMake.createPdf({ content: '', defaultStyle: { font: families[0] } }) as unknown as { getStream: () => Promise<PdfKitLike> };
  measuring = await output.getStream();
}
const hasCjk = (s: string) => /[\u3000-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(s);

/** The PDF of a request in the browser. Loaded on first export only, with pdfmake and the fonts it needs. */
export function renderPdfBlob(request: RequestData, langs: [LanguageCode, LanguageCode], pageSize: PageSize): Promise<Blob> {
  return renderBlob((ctx) => buildDocument(request, checkRequest(request, { today: isoDateOf(new Date()) }), ctx), request, langs, pageSize);
}

/** The Art. 40(16) letter of a review, in the browser. */
export function renderLetterBlob(review: Review, langs: [LanguageCode, LanguageCode], pageSize: PageSize): Promise<Blob> {
  return renderBlob((ctx) => additionalInformationLetter(review, ctx), review, langs, pageSize);
}

async function renderBlob(build: (ctx: DocContext) => TDocumentDefinitions, data: unknown, langs: [LanguageCode, LanguageCode], pageSize: PageSize): Promise<Blob> {
  // Arabic columns, and right-to-left names or references in any document, are laid out by measured widths,
  // with the fonts their words are printed in.
  const text = JSON.stringify(data);
  if (langs.includes('ar') || rtlLetter.test(text)) await prepareMeasuring(['Amiri', 'NotoSans', ...(hasCjk(text) || langs.includes('zh') ? ['NotoSansSC' as const] : [])]);
  const doc = build(documentContext(langs, pageSize, measure, await loadLanguagePacks(langs)));
  pdfMake.setFonts(fontsOf(fontsUsed(doc)));
  return pdfMake.createPdf(doc).getBlob();
}
