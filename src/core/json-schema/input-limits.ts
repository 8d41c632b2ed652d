import { z } from 'zod';

/** What a field may hold, as the form should enforce it while typing: from the same schema that checks files. */
export interface InputLimits {
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
}

type Node = {
  properties?: Record<string, Node>; items?: Node; additionalProperties?: Node | boolean; anyOf?: Node[];
  maxLength?: number; minimum?: number; maximum?: number; maxItems?: number;
};

const jsonSchemas = new WeakMap<z.ZodType, Node>();
const limitCache = new WeakMap<z.ZodType, Map<string, InputLimits>>();

function child(node: Node, segment: string): Node | undefined {
  const branches = [node, ...(node.anyOf ?? [])];
  for (const b of branches) {
    if (b.properties?.[segment]) return b.properties[segment];
    if (b.items && /^\d+$/.test(segment)) return b.items;
    if (b.additionalProperties && typeof b.additionalProperties === 'object') return b.additionalProperties;
  }
  return undefined;
}

const isLeaf = (n: Node): boolean => !n.properties && !n.items && !n.additionalProperties && !(n.anyOf ?? []).some((b) => !isLeaf(b));

/**
 * The limits at a path of a Zod schema (`answers.dataIdentifiers.3.timezone` → at most 64 characters), read
 * from its JSON Schema, so that the widget, the checker and the published schema cannot disagree.
 */
export function limitsAt(schema: z.ZodType, path: string): InputLimits {
  let byPath = limitCache.get(schema);
  if (!byPath) limitCache.set(schema, (byPath = new Map()));
  const cached = byPath.get(path);
  if (cached) return cached;
  let root = jsonSchemas.get(schema);
  if (!root) jsonSchemas.set(schema, (root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Node));
  let node: Node | undefined = root;
  for (const segment of path.split('.')) {
    // A record of texts keyed by paths (translations.zh["offences.0.name"]): the rest of the path is its key.
    if (node && isLeaf(node)) break;
    node = node && child(node, segment);
  }
  const limits: InputLimits = {};
  for (const b of node ? [node, ...(node.anyOf ?? [])] : []) {
    for (const key of ['maxLength', 'minimum', 'maximum', 'maxItems'] as const) if (typeof b[key] === 'number') limits[key] ??= b[key];
  }
  byPath.set(path, limits);
  return limits;
}
