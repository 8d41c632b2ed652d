import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CompletenessReport } from '../src/core/completeness/report-types';
import type { RequestData } from '../src/core/request/request-schema';
import type { DocContext } from './document-context';
import { mlaTemplate } from './mla';
import { preservationTemplate } from './preservation';
import { trafficDataTemplate } from './traffic-data';
import { requestDocument, type KindTemplate } from './request-document';

/** One template per kind of request, all built from the shared blocks. Pure: (request, report, context) → document. */
const templates: Record<string, KindTemplate> = {
  mla: mlaTemplate,
  preservation: preservationTemplate,
  'traffic-data': trafficDataTemplate,
};

export function buildDocument(request: RequestData, report: CompletenessReport, ctx: DocContext): TDocumentDefinitions {
  const template = templates[request.kind];
  if (!template) throw new Error(`No document template for kind ${request.kind}`);
  return requestDocument(request, report, ctx, template);
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
