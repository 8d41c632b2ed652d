import * as fontkit from 'fontkit';
import pdfMake from 'pdfmake/build/pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildDocument, fontsUsed, type DocContext, type PageSize } from '../../templates';
import { additionalInformationLetter } from '../../templates/additional-information-letter';
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

const fontBytes = new Map<string, Uint8Array>();
async function loadBytes(family: FontFamilyName, bold: boolean) {
  const url = browserFontUrls[family][bold ? 'bold' : 'normal'];
  if (!fontBytes.has(url)) fontBytes.set(url, new Uint8Array(await (await fetch(url)).arrayBuffer()));
}
const measure = createMeasurer((font, bold) => {
  const bytes = fontBytes.get(browserFontUrls[font as FontFamilyName]?.[bold ? 'bold' : 'normal'] ?? '');
  return bytes ? (fontkit.create(bytes as never) as unknown as ShapingFont) : undefined;
});
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
  if (langs.includes('ar')) {
    // Right-to-left lines are measured here, with the fonts their words are printed in.
    const families: FontFamilyName[] = ['Amiri', 'NotoSans', ...(hasCjk(JSON.stringify(data)) || langs.includes('zh') ? ['NotoSansSC' as const] : [])];
    await Promise.all(families.flatMap((f) => [loadBytes(f, false), loadBytes(f, true)]));
  }
  const doc = build(documentContext(langs, pageSize, measure, await loadLanguagePacks(langs)));
  pdfMake.setFonts(Object.fromEntries([...fontsUsed(doc)].map((family) => {
    const urls = browserFontUrls[family as FontFamilyName];
    return [family, Object.fromEntries(Object.entries(urls).map(([style, url]) => [style, absolute(url)]))];
  })));
  return pdfMake.createPdf(doc).getBlob();
}
