import type { z } from 'zod';
import { hasInstrument, kindIds } from '../catalogue/catalogue';
import { describeValue } from './describe-value';
import { currentFormatVersion, requestFormat, requestSchemaFor, type RequestData } from './request-schema';
import { salvage, type ReplacedValue } from './salvage';
import { problemOfIssue, type ValueProblem } from './value-problems';

/** Why a value is not a request at all. `code` is a message key (`parse.*`); params fill the message. */
export interface ParseFailure {
  ok: false;
  code: 'notObject' | 'notRequest' | 'unsupportedVersion' | 'unknownInstrument' | 'unknownKind' | 'invalidShape';
  params: Record<string, string | number>;
}
export type ParseResult = { ok: true; request: RequestData } | ParseFailure;

const fail = (code: ParseFailure['code'], params: Record<string, string | number> = {}): ParseFailure => ({ ok: false, code, params });

/** Older files are brought up to the current format here, one step per version, so that old drafts keep opening. */
function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  // Version 1 is the first format: nothing to migrate yet.
  return raw;
}

/**
 * What a request must be before its answers are read: a JSON object of this format, a version, an instrument
 * and a kind this tool knows. Every value is type-checked before use: a file is never trusted to hold strings.
 */
function envelope(raw: unknown): { ok: true; obj: Record<string, unknown>; instrument: string; kind: string } | ParseFailure {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('notObject');
  const obj = raw as Record<string, unknown>;
  if (obj.format !== requestFormat) return fail('notRequest', { format: describeValue(obj.format) });
  const version = obj.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > currentFormatVersion) {
    return fail('unsupportedVersion', { version: describeValue(version) });
  }
  const instrument = typeof obj.instrument === 'string' ? obj.instrument : '';
  if (!hasInstrument(instrument)) return fail('unknownInstrument', { instrument: describeValue(obj.instrument) });
  const kind = typeof obj.kind === 'string' ? obj.kind : '';
  if (!kindIds(instrument).includes(kind)) return fail('unknownKind', { kind: describeValue(obj.kind), kinds: kindIds(instrument).join(', ') });
  return { ok: true, obj: migrate(obj), instrument, kind };
}

/** What schema.safeParse says of a value, as far as a refusal reads it: the output, or the issues (the first counts). */
export type SafeParse = (schema: z.ZodType, value: unknown) => { success: true; data: unknown } | { success: false; error: { issues: z.core.$ZodIssue[] } };

/**
 * Turns untrusted JSON (an import, a CLI file) into a request, or says why it is not one. Zod's safeParse
 * unless a run over many files gives a quicker way to the same answer (quick-accept.ts).
 */
export function parseRequest(raw: unknown, safeParse?: SafeParse): ParseResult {
  const env = envelope(raw);
  if (!env.ok) return env;
  const schema = requestSchemaFor(env.kind, env.instrument);
  const result = safeParse ? safeParse(schema, env.obj) : schema.safeParse(env.obj);
  if (!result.success) {
    const first = result.error.issues[0]!;
    const problem = problemOfIssue(first, env.obj);
    return fail('invalidShape', { path: first.path.join('.'), problem: problem.code, ...problem.params });
  }
  return { ok: true, request: result.data as RequestData };
}

export interface StoredRequest {
  ok: true;
  /** The request in the shape the form needs; values that break their limits are kept, to be marked. */
  request: RequestData;
  /** Every value that breaks the schema, with the field's own message. */
  invalid: (ValueProblem & { path: string })[];
  /** Values of the wrong kind, replaced by their default: the stored original keeps them. */
  replaced: ReplacedValue[];
}

/**
 * A request stored by this browser (an older version, another tool, a bug) always opens: values that break
 * the schema are kept and listed, so the form can mark them; only the envelope (format, kind) can refuse it.
 */
export function loadStoredRequest(raw: unknown): StoredRequest | ParseFailure {
  // What parses as it is opens as it is; only the envelope (format, kind) can refuse it.
  const strict = parseRequest(raw);
  if (strict.ok) return { ...strict, invalid: [], replaced: [] };
  const env = envelope(raw);
  if (!env.ok) return env;
  const schema = requestSchemaFor(env.kind, env.instrument);
  const replaced: ReplacedValue[] = [];
  const request = salvage(schema, env.obj, [], replaced) as RequestData;
  const check = schema.safeParse(request);
  const invalid = check.success ? [] : check.error.issues.map((issue) => ({ path: issue.path.join('.'), ...problemOfIssue(issue, request) }));
  return { ok: true, request, invalid, replaced };
}
