import type { z } from 'zod';
import { regexes, util } from 'zod/v4/core';

/**
 * Zod's answer for a value it accepts, found faster: for runs over many files (the CLI), where Zod's own
 * walk of a request (a payload object and an issue list for each of its some hundred values) was the largest
 * part of a check. It reads the same Zod schema and does what Zod does, type by type, only on the path where
 * everything is valid; every check (a limit, a pattern, a refinement) is Zod's own check function, and any
 * type it does not know is parsed by Zod itself. When a value fails anywhere, it gives up and says so: the
 * caller then parses with Zod, so that every refusal, and every message, is Zod's. A property test holds its
 * answers to Zod's (request-schema.test.ts).
 */

/** What a node gives back when its value would not be accepted (Zod then says why). */
const refused: unique symbol = Symbol('refused');
type Accept = (value: unknown) => unknown;

/** Zod's internals, as far as this reads them (zod/v4/core). */
interface Payload { value: unknown; issues: unknown[] }
interface Check { _zod: { def: { when?: (p: Payload) => boolean }; check(p: Payload): unknown } }
interface Internals {
  def: Record<string, unknown> & { type: string; checks?: Check[]; coerce?: boolean };
  traits: Set<string>;
  optin?: string;
  optout?: string;
  values?: Set<unknown>;
  run(p: Payload, ctx: object): Payload | Promise<Payload>;
}
const internals = (schema: unknown) => (schema as { _zod: Internals })._zod;

/** Zod's own parse of one node: for what this file does not do itself (records, numbers…). Exact by construction. */
function byZod(zod: Internals): Accept {
  return (value) => {
    const result = zod.run({ value, issues: [] }, { async: false });
    if (result instanceof Promise || result.issues.length > 0) return refused;
    return result.value;
  };
}

/**
 * A check that a string within its length in UTF-16 units passes without running: Zod counts code points,
 * never more than units, so such a string is within its maximum however it is counted.
 */
function shortCut(check: Check): ((value: unknown) => boolean) | undefined {
  const { traits, def } = (check as unknown as { _zod: { traits: Set<string>; def: { maximum?: unknown } } })._zod;
  const max = def.maximum;
  if (!traits.has('$ZodCheckMaxLength') || typeof max !== 'number') return undefined;
  return (value) => typeof value === 'string' && value.length <= max;
}

/** One payload for every check: checks run one at a time and none keeps it (a value that fails is given up). */
const payload: Payload = { value: undefined, issues: [] };

/** The node's checks, run as Zod runs them after its type is parsed (a format is its own first check). */
function withChecks(schema: unknown, parse: Accept): Accept {
  const zod = internals(schema);
  const checks = [...(zod.traits.has('$ZodCheck') ? [schema as Check] : []), ...(zod.def.checks ?? [])]
    .map((check) => ({ check, passes: shortCut(check) }));
  if (checks.length === 0) return parse;
  return (input) => {
    let value = parse(input);
    if (value === refused) return refused;
    for (const { check, passes } of checks) {
      if (passes?.(value)) continue;
      payload.value = value;
      payload.issues.length = 0;
      const { when } = check._zod.def;
      if (when && !when(payload)) continue;
      if (check._zod.check(payload) instanceof Promise || payload.issues.length > 0) return refused;
      // A check may change the value (an overwrite, such as trim()).
      value = payload.value;
    }
    return value;
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object: its shape's keys in order, unknown keys left out, as $ZodObject and handlePropertyResult do. */
function objectAccept(def: Internals['def']): Accept | undefined {
  if (def.catchall) return undefined;
  const shape = def.shape as Record<string, unknown>;
  const fields = Object.keys(shape).filter((key) => key !== '__proto__').map((key) => {
    const zod = internals(shape[key]);
    return { key, accept: acceptorOf(shape[key]), optin: zod.optin, optout: zod.optout };
  });
  return (input) => {
    if (!isObject(input)) return refused;
    const out: Record<string, unknown> = {};
    for (const { key, accept, optin, optout } of fields) {
      const present = key in input;
      const value = accept(input[key]);
      if (!present && optout === 'optional' && optin === 'optional') continue;
      if (value === refused) {
        // An optional key that is absent may fail and is left out.
        if (optin !== undefined && optout === 'optional' && !present) continue;
        return refused;
      }
      if (!present && optin === undefined) return refused;
      if (value === undefined) {
        if (present || (optin === 'defaulted' && optout !== 'optional')) out[key] = undefined;
      } else out[key] = value;
    }
    return out;
  };
}

function arrayAccept(def: Internals['def']): Accept {
  const element = acceptorOf(def.element);
  return (input) => {
    if (!Array.isArray(input)) return refused;
    const out = new Array<unknown>(input.length);
    for (let i = 0; i < input.length; i++) {
      const value = element(input[i]);
      if (value === refused) return refused;
      out[i] = value;
    }
    return out;
  };
}

/**
 * A record whose keys are checked one by one (a partial record, or keys of a type such as a string), as
 * $ZodRecord does: own enumerable keys in order, a numeric key tried again as a number, no __proto__.
 */
function recordAccept(def: Internals['def']): Accept | undefined {
  const keyZod = internals(def.keyType);
  if (def.mode === 'loose' || (keyZod.values && !def.partial)) return undefined;
  const key = acceptorOf(def.keyType);
  const value = acceptorOf(def.valueType);
  return (input) => {
    if (!util.isPlainObject(input)) return refused;
    const out: Record<PropertyKey, unknown> = {};
    for (const k of Reflect.ownKeys(input)) {
      if (k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, k)) continue;
      let outKey = key(k);
      if (outKey === refused && typeof k === 'string' && regexes.number.test(k)) outKey = key(Number(k));
      if (outKey === refused) return refused;
      if (outKey === '__proto__') continue;
      const v = value((input as Record<PropertyKey, unknown>)[k]);
      if (v === refused) return refused;
      out[outKey as PropertyKey] = v;
    }
    return out;
  };
}

/** The first option that accepts, as $ZodUnion: each option here is exact, so the same one as Zod's. */
function unionAccept(def: Internals['def']): Accept {
  const options = (def.options as unknown[]).map(acceptorOf);
  return (input) => {
    for (const option of options) {
      const value = option(input);
      if (value !== refused) return value;
    }
    return refused;
  };
}

/** The type's own parse, before its checks; undefined where Zod's is used. */
function typeAccept(zod: Internals): Accept | undefined {
  const { def } = zod;
  if (def.coerce) return undefined;
  switch (def.type) {
    case 'string': return (v) => (typeof v === 'string' ? v : refused);
    case 'boolean': return (v) => (typeof v === 'boolean' ? v : refused);
    // Zod's own set of the values it takes (util.getEnumValues for an enum).
    case 'literal': case 'enum': {
      const values = zod.values!;
      return (v) => (values.has(v) ? v : refused);
    }
    case 'object': return objectAccept(def);
    case 'array': return arrayAccept(def);
    case 'union': return unionAccept(def);
    case 'record': return recordAccept(def);
    case 'nullable': {
      const inner = acceptorOf(def.innerType);
      return (v) => (v === null ? null : inner(v));
    }
    case 'default': {
      const inner = acceptorOf(def.innerType);
      return (v) => {
        if (v === undefined) return def.defaultValue;
        const value = inner(v);
        return value === undefined ? def.defaultValue : value;
      };
    }
    case 'prefault': {
      const inner = acceptorOf(def.innerType);
      return (v) => inner(v === undefined ? def.defaultValue : v);
    }
    default: return undefined;
  }
}

const acceptors = new WeakMap<object, Accept>();
function acceptorOf(schema: unknown): Accept {
  let accept = acceptors.get(schema as object);
  if (!accept) {
    const zod = internals(schema);
    const own = typeAccept(zod);
    accept = own ? withChecks(schema, own) : byZod(zod);
    acceptors.set(schema as object, accept);
  }
  return accept;
}

/** Zod's output for a value it accepts, or undefined when it would not (then ask Zod why). */
export function quickAccept<T extends z.ZodType>(schema: T, value: unknown): { value: z.output<T> } | undefined {
  const out = acceptorOf(schema)(value);
  return out === refused ? undefined : { value: out as z.output<T> };
}
