import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CompletenessReport } from '../src/core/completeness/report-types';
import { documentModel } from '../src/core/document/document-model';
import type { RequestData } from '../src/core/request/request-schema';
import type { DocContext } from './document-context';
import { requestDocument } from './request-document';

/** The document of a request, of any kind of any instrument. Pure: (request, report, context) → document. */
export function buildDocument(request: RequestData, report: CompletenessReport, ctx: DocContext): TDocumentDefinitions {
  return requestDocument(request, documentModel(request, report), ctx);
}

/** Font families a document uses, so that only those are loaded (a Chinese font is 10 MB). */
export function fontsUsed(doc: unknown): Set<string> {
  const found = new Set<string>(['NotoSans']);
  const walk = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 60) return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, depth + 1));
    for (const [k, v] of Object.entries(node)) {
      if (k === 'font' && typeof v === 'string') found.add(v);
      else walk(v, depth + 1);
    }
  };
  walk(doc, 0);
  return found;
}

export type { DocContext, PageSize } from './document-context';
