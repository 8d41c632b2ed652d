import type { FieldErrors } from 'react-hook-form';

type Node = Record<string, unknown> | undefined;
const nodeAt = (errors: FieldErrors, path: string): unknown => path.split('.').reduce<unknown>((n, part) => (n as Node)?.[part], errors);
const messageOf = (n: unknown) => (n && typeof n === 'object' && typeof (n as { message?: unknown }).message === 'string' ? (n as { message: string }).message : '');

/**
 * The first message under a form path, with where it is below it (`2.timezone`): one message per field
 * keeps the page calm, and says which part it is about.
 */
export function firstError(errors: FieldErrors, path: string): { message: string; sub: string } | undefined {
  const walk = (n: unknown, sub: string): { message: string; sub: string } | undefined => {
    if (!n || typeof n !== 'object') return undefined;
    const message = messageOf(n);
    if (message) return { message, sub };
    for (const [k, v] of Object.entries(n)) {
      if (k === 'ref') continue;
      const found = walk(v, sub ? `${sub}.${k}` : k);
      if (found) return found;
    }
    return undefined;
  };
  return walk(nodeAt(errors, path), '');
}

/** Whether the input at exactly this path has a message. */
export const hasErrorAt = (errors: FieldErrors, path: string) => Boolean(messageOf(nodeAt(errors, path)));
