import { hasInstrument, kindIds } from '../catalogue/catalogue';
import { currentFormatVersion, requestFormat, requestSchemaFor, type RequestData } from './request-schema';

/** Why a value is not a request at all. `code` is a message key (`parse.*`); `detail` is for the curious. */
export interface ParseFailure {
  ok: false;
  code: 'notObject' | 'notRequest' | 'unsupportedVersion' | 'unknownInstrument' | 'unknownKind' | 'invalidShape';
  params: Record<string, string>;
}
export type ParseResult = { ok: true; request: RequestData } | ParseFailure;

const fail = (code: ParseFailure['code'], params: Record<string, string> = {}): ParseFailure => ({ ok: false, code, params });

/** Older files are brought up to the current format here, one step per version, so that old drafts keep opening. */
function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  // Version 1 is the first format: nothing to migrate yet.
  return raw;
}

/** Turns untrusted JSON (an import, a CLI file, a stored draft) into a request, or says why it is not one. */
export function parseRequest(raw: unknown): ParseResult {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('notObject');
  const obj = raw as Record<string, unknown>;
  if (obj.format !== requestFormat) return fail('notRequest', { format: String(obj.format ?? '') });
  const version = obj.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > currentFormatVersion) {
    return fail('unsupportedVersion', { version: String(version ?? '') });
  }
  const instrument = typeof obj.instrument === 'string' ? obj.instrument : '';
  if (!hasInstrument(instrument)) return fail('unknownInstrument', { instrument });
  const kind = typeof obj.kind === 'string' ? obj.kind : '';
  if (!kindIds(instrument).includes(kind)) return fail('unknownKind', { kind, kinds: kindIds(instrument).join(', ') });
  const result = requestSchemaFor(kind, instrument).safeParse(migrate(obj));
  if (!result.success) {
    const first = result.error.issues[0];
    return fail('invalidShape', { path: first?.path.join('.') ?? '', message: first?.message ?? '' });
  }
  return { ok: true, request: result.data };
}
