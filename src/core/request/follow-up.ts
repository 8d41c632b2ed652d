import { fieldKeysForKind, getKind } from '../catalogue/catalogue';
import { emptyRequest, requestSchemaFor, type RequestData } from './request-schema';

/**
 * The request a kind announces (a preservation's 42(3)(f): an MLA request for the data will follow), started
 * from this one: every answer both kinds ask is carried over as it is, with its translations; the catalogue
 * names what else carries (this request's reference becomes "the earlier preservation request"). Null when
 * the kind announces none.
 */
export function followUpRequest(request: RequestData): RequestData | null {
  const followUp = getKind(request.instrument, request.kind).followUp;
  if (!followUp) return null;
  const next = emptyRequest(followUp.kind, request.instrument);
  const from = request.answers as Record<string, unknown>;
  const to = next.answers as Record<string, unknown>;
  const shared = fieldKeysForKind(request.instrument, followUp.kind).filter((k) => fieldKeysForKind(request.instrument, request.kind).includes(k));
  for (const key of shared) to[key] = structuredClone(from[key]);
  for (const [target, source] of Object.entries(followUp.answers)) to[target] = structuredClone(from[source]);
  const carried = (key: string) => shared.some((k) => key === k || key.startsWith(`${k}.`));
  const keep = (byLang: RequestData['translations']) =>
    Object.fromEntries(Object.entries(byLang ?? {}).map(([lang, texts]) => [lang, Object.fromEntries(Object.entries(texts ?? {}).filter(([k]) => carried(k)))]));
  return requestSchemaFor(followUp.kind, request.instrument).parse({
    ...next, language: request.language, secondLanguage: request.secondLanguage,
    translations: keep(request.translations), translationBasis: keep(request.translationBasis),
  });
}
