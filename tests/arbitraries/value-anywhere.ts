import fc from 'fast-check';

/** A copy of an example with the value at a path replaced; objects are made on the way where the path leads through something else. */
function withValueAt(example: object, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(example) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
  return copy;
}

/**
 * A copy of one of the examples with one value, at the end of a path of the keys given, replaced by any of
 * the values given.
 */
export function valueAnywhere(examples: object[], keys: fc.Arbitrary<string>, values: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(fc.constantFrom(...examples), fc.array(keys, { minLength: 1, maxLength: 4 }), values)
    .map(([example, path, value]) => withValueAt(example, path, value));
}

/** Every path to a value inside a value (keys of objects, indexes of lists), the value's own path ([]) first. */
function pathsIn(value: unknown, path: string[] = [], out: string[][] = []): string[][] {
  out.push(path);
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsIn(v, [...path, k], out);
  return out;
}

/**
 * A copy of one of the examples with one of the values it holds, at any depth, replaced by any of the values
 * given: every answer, row and part of a row is hit as often as the top-level keys.
 */
export function valueAtAnyPath(examples: object[], values: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  const all = examples.flatMap((example) => pathsIn(example).slice(1).map((path) => ({ example, path })));
  return fc.tuple(fc.constantFrom(...all), values).map(([{ example, path }, value]) => withValueAt(example, path, value));
}
