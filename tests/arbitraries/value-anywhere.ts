import fc from 'fast-check';

/**
 * A copy of one of the examples with one value, at the end of a path of the keys given, replaced by any of
 * the values given; objects are made on the way where the path leads through something else.
 */
export function valueAnywhere(examples: object[], keys: fc.Arbitrary<string>, values: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(fc.constantFrom(...examples), fc.array(keys, { minLength: 1, maxLength: 4 }), values).map(([example, path, value]) => {
    const copy = structuredClone(example) as Record<string, unknown>;
    let node = copy;
    for (const key of path.slice(0, -1)) {
      if (!node[key] || typeof node[key] !== 'object') node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    node[path.at(-1)!] = value;
    return copy;
  });
}
