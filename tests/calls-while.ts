import { vi } from 'vitest';

/**
 * The arguments of every call made to one method of an object (of a prototype: of all its instances) while
 * `run` runs, with what `run` gave. The method still does its work meanwhile and is put back after.
 */
export async function callsWhile<T>(target: object, method: string, run: () => T | Promise<T>): Promise<{ result: T; calls: unknown[][] }> {
  const spy = vi.spyOn(target as Record<string, (...args: unknown[]) => unknown>, method);
  try {
    const result = await run();
    return { result, calls: [...spy.mock.calls] };
  } finally {
    spy.mockRestore();
  }
}
