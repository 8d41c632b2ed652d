/**
 * A short, safe description of any value read from a file, for messages. Never calls a value's own
 * `toString` (a file may hold `{"toString": {}}`), never returns more than about 60 characters.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return value.length > 48 ? `“${value.slice(0, 48)}…” (${value.length} characters)` : `“${value}”`;
    case 'number':
    case 'boolean':
      return String(value);
    default:
      if (Array.isArray(value)) return `a list of ${value.length}`;
      return 'an object';
  }
}
