import type { z } from 'zod';
import { regexes, util } from 'zod/v4/core';
import type { SafeParse } from './parse-request';

/**
 * Zod's answer for a value it accepts, found faster: for runs over many files (the CLI), where Zod's own
 * walk of a request (a payload object and an issue list for each of its some hundred values) was the largest
 * part of a check. It reads the same Zod schema and does what Zod does, type by type, only on the path where
 * everything is valid; every check (a limit, a pattern, a refinement) is Zod's own check function, and any
 * type it does not know is parsed by Zod itself. When a value fails anywhere, it gives up and Zod says why
 * (quickParse), so that every refusal, and every message, is Zod's. A property test holds its answers to
 * Zod's (quick-accept.test.ts).
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

/**
 * Where the last value given up on was, as the keys of the objects that held it, innermost first. Only a chain
 * of object members is kept: a list, a record or a union that gives up clears it, as does the node itself.
 */
const trail: string[] = [];

/** This node gave up on its value itself: what is on the trail was found below it, in a part Zod will parse again. */
function giveUp(): typeof refused {
  trail.length = 0;
  return refused;
}

/** Zod's own parse of one node: for what this file does not do itself (numbers, say). Exact by construction. */
function byZod(zod: Internals): Accept {
  return (value) => {
    const result = zod.run({ value, issues: [] }, { async: false });
    if (result instanceof Promise || result.issues.length > 0) return giveUp();
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
      if (check._zod.check(payload) instanceof Promise || payload.issues.length > 0) return giveUp();
      // A check may change the value (an overwrite, such as trim()).
      value = payload.value;
    }
    return value;
  };
}

/** An object: its shape's keys in order, unknown keys left out, as $ZodObject and handlePropertyResult do. */
function objectAccept(def: Internals['def']): Accept | undefined {
  if (def.catchall) return undefined;
  const shape = def.shape as Record<string, unknown>;
  const fields = Object.keys(shape).filter((key) => key !== '__proto__').map((key) => {
    const zod = internals(shape[key]);
    return { key, accept: acceptorOf(shape[key]), optin: zod.optin, optout: zod.optout };
  });
  return (input) => {
    if (!util.isObject(input)) return giveUp();
    const out: Record<string, unknown> = {};
    for (const { key, accept, optin, optout } of fields) {
      const given = input[key];
      // A value other than undefined is there: only undefined needs the second lookup.
      const present = given !== undefined || key in input;
      const value = accept(given);
      if (!present && optout === 'optional' && optin === 'optional') {
        trail.length = 0;
        continue;
      }
      if (value === refused) {
        // An optional key that is absent may fail and is left out.
        if (optin !== undefined && optout === 'optional' && !present) {
          trail.length = 0;
          continue;
        }
        trail.push(key);
        return refused;
      }
      // Absent and not optional: Zod's issue is this object's own.
      if (!present && optin === undefined) return giveUp();
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
    if (!Array.isArray(input)) return giveUp();
    const out = new Array<unknown>(input.length);
    for (let i = 0; i < input.length; i++) {
      const value = element(input[i]);
      if (value === refused) return giveUp();
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
    if (!util.isPlainObject(input)) return giveUp();
    const out: Record<PropertyKey, unknown> = {};
    for (const k of Reflect.ownKeys(input)) {
      if (k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, k)) continue;
      let outKey = key(k);
      if (outKey === refused && typeof k === 'string' && regexes.number.test(k)) outKey = key(Number(k));
      if (outKey === refused) return giveUp();
      if (outKey === '__proto__') continue;
      const v = value((input as Record<PropertyKey, unknown>)[k]);
      if (v === refused) return giveUp();
      out[outKey as PropertyKey] = v;
    }
    return out;
  };
}

/** The first option that accepts, as $ZodUnion: each option here is exact, so the same one as Zod's. */
function unionAccept(def: Internals['def']): Accept {
  const options = (def.options as unknown[]).map(acceptorOf);
  return (input) => {
    const depth = trail.length;
    for (const option of options) {
      const value = option(input);
      // What an option that failed left on the trail is not where the value failed.
      if (trail.length !== depth) trail.length = depth;
      if (value !== refused) return value;
    }
    return giveUp();
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
  if (trail.length) trail.length = 0;
  const out = acceptorOf(schema)(value);
  return out === refused ? undefined : { value: out as z.output<T> };
}

/** The object schema inside a member's wrappers (a default, a prefault), or undefined. */
function objectIn(schema: unknown): Record<string, unknown> | undefined {
  let zod = internals(schema);
  while (zod.def.type === 'default' || zod.def.type === 'prefault') zod = internals(zod.def.innerType);
  return zod.def.type === 'object' ? (zod.def.shape as Record<string, unknown>) : undefined;
}

/**
 * What schema.safeParse gives, as far as parseRequest reads it: Zod's output, or Zod's first issue. A value
 * given up on is parsed again by Zod from the member of an object where it failed, not from the top: the
 * members before it were accepted (so Zod finds nothing there), and Zod reports a member's issues under its
 * key, in order.
 */
export function quickParse(schema: z.ZodType, value: unknown): ReturnType<SafeParse> {
  const accepted = quickAccept(schema, value);
  if (accepted) return { success: true, data: accepted.value };
  const path = trail.slice().reverse();
  let node: unknown = schema;
  let at: unknown = value;
  let depth = 0;
  for (const key of path) {
    const shape = objectIn(node);
    if (!shape || !util.isObject(at) || !Object.hasOwn(at, key)) break;
    node = shape[key];
    at = at[key];
    depth++;
  }
  const result = (node as z.ZodType).safeParse(at);
  // Only if the part accepts what the whole refused (which the test says never happens) is the whole asked.
  if (result.success) return { success: false, error: schema.safeParse(value).error! };
  const first = result.error.issues[0]!;
  return { success: false, error: { issues: [{ ...first, path: [...path.slice(0, depth), ...first.path] }] } };
}
