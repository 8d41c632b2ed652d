import { startTransition, useEffect, useState } from 'react';
import { revealEvent } from '../../../lib/field-id';

/** Rows drawn with the step; the rest follow a slice at a time, each a yielding (transition) render. */
export const firstRows = 6;
/**
 * Each slice adds three times the rows already drawn (6, 24, 96, 384, 500): few commits, since each also lays
 * out the rows before it, and each render a yielding one, so no task holds a key long (65–75 ms measured).
 */
const growth = 3;

/**
 * How many rows of a long list to draw now. A list of hundreds of rows (500 identifiers) would hold the step
 * for a second; instead the step opens with the first rows and the others are added in growing slices between
 * keystrokes, so typing never waits. Once every row is there, every row stays (and rows added later show at
 * once). A focus on a row not drawn yet (a jump from the report, a problem found on Next) draws them all.
 */
export function useRowsInSlices(total: number, base: string): { shown: number; filling: boolean; showAll: () => void } {
  const [limit, setLimit] = useState(firstRows);
  const [complete, setComplete] = useState(total <= firstRows);
  // Every row drawn once: from now on every row is drawn (state adjusted while rendering, React's way).
  if (!complete && limit >= total) setComplete(true);
  useEffect(() => {
    if (complete || limit >= total) return;
    const timer = setTimeout(() => startTransition(() => setLimit((l) => l + l * growth)), 0);
    return () => clearTimeout(timer);
  }, [complete, limit, total]);
  useEffect(() => {
    if (complete) return;
    const onReveal = (e: Event) => {
      if (String((e as CustomEvent).detail).startsWith(`${base}.`)) setComplete(true);
    };
    document.addEventListener(revealEvent, onReveal);
    return () => document.removeEventListener(revealEvent, onReveal);
  }, [base, complete]);
  const shown = complete ? total : Math.min(limit, total);
  return { shown, filling: shown < total, showAll: () => setComplete(true) };
}
