import type { z } from 'zod';
import { describeValue } from './describe-value';

/** A stored value the form cannot show (a list where text belongs): replaced by its empty default, kept elsewhere. */
export interface ReplacedValue {
  path: string;
  given: string;
}

type Def = {
  type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; valueType?: z.ZodType; options?: z.ZodType[]; values?: unknown[];
};
const def = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const isPlainObject = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/** The JavaScript type a schema's values have, looking through defaults and unions. */
function primitiveOf(schema: z.ZodType): string | null {
  const d = def(schema);
  switch (d.type) {
    case 'default': case 'prefault': case 'optional': return primitiveOf(d.innerType!);
    case 'nullable': return primitiveOf(d.innerType!);
    case 'string': case 'enum': return 'string';
    case 'literal': return typeof d.values?.[0];
    case 'number': return 'number';
    case 'boolean': return 'boolean';
    case 'union': return d.options!.map(primitiveOf).find((p) => p !== null) ?? null;
    default: return null;
  }
}

/** The empty value of a schema: its default, or for a row without one, each member's default. */
function emptyOf(schema: z.ZodType): unknown {
  const parsed = schema.safeParse(undefined);
  if (parsed.success) return parsed.data;
  const d = def(schema);
  if (d.type === 'object') return Object.fromEntries(Object.entries(d.shape!).map(([key, child]) => [key, emptyOf(child)]));
  if (d.type === 'array') return [];
  return primitiveOf(schema) === 'string' ? '' : null;
}

/**
 * Brings stored data into the shape the form needs, keeping every value the form can show as it is, even a
 * wrong one (a 72-character time zone stays, and the form marks it). Only values of the wrong kind (text
 * where a list belongs) are replaced by their default, and reported, so that the caller keeps the original.
 */
export function salvage(schema: z.ZodType, raw: unknown, path: string[] = [], replaced: ReplacedValue[] = []): unknown {
  const d = def(schema);
  const here = () => path.join('.');
  const fallback = () => {
    replaced.push({ path: here(), given: describeValue(raw) });
    return emptyOf(schema);
  };
  switch (d.type) {
    case 'default':
    case 'prefault':
      return raw === undefined ? schema.parse(undefined) : salvage(d.innerType!, raw, path, replaced);
    case 'optional':
      return raw === undefined ? undefined : salvage(d.innerType!, raw, path, replaced);
    case 'nullable':
      return raw === null ? null : salvage(d.innerType!, raw, path, replaced);
    case 'object': {
      if (!isPlainObject(raw)) return fallback();
      return Object.fromEntries(Object.entries(d.shape!).map(([key, child]) => [key, salvage(child, raw[key], [...path, key], replaced)]));
    }
    case 'array':
      return Array.isArray(raw) ? raw.map((item, i) => salvage(d.element!, item, [...path, String(i)], replaced)) : fallback();
    case 'record': {
      if (!isPlainObject(raw)) return fallback();
      return Object.fromEntries(Object.entries(raw).map(([key, v]) => [key, salvage(d.valueType!, v, [...path, key], replaced)]));
    }
    case 'literal':
      return d.values!.includes(raw) ? raw : fallback();
    default: {
      const kind = primitiveOf(schema);
      if (kind !== null && typeof raw === kind && (kind !== 'number' || Number.isFinite(raw))) return raw;
      return fallback();
    }
  }
}
