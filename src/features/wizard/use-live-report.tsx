import { createContext, useContext, useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { checkRequest } from '../../core/completeness/check-request';
import type { CompletenessReport } from '../../core/completeness/report-types';
import type { RequestData } from '../../core/request/request-schema';
import { localIsoDate } from '../../lib/today';

interface Live {
  values: RequestData;
  report: CompletenessReport;
}

/** A tiny store: its readers are told of a new report without React walking the whole form to find them. */
function liveStore(first: Live) {
  let live = first;
  const listeners = new Set<() => void>();
  return {
    get: () => live,
    set(next: Live) {
      live = next;
      listeners.forEach((l) => l());
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
type LiveStore = ReturnType<typeof liveStore>;
const LiveContext = createContext<LiveStore | null>(null);

const compute = (values: RequestData): Live => ({ values, report: checkRequest(values, { today: localIsoDate(), validate: true }) });

/**
 * The report of the form as it stands, computed once for the whole wizard (the panel, the step list and the
 * review share it) and a moment after the keystroke: the values are deferred, so a key paints at once and the
 * report, which reads every answer (500 identifiers), follows. Only its readers re-render: the context holds a
 * store that never changes, because a changing context makes React search the whole form (thousands of
 * inputs) for the components that read it. Every answer is checked against its limits too: the form may hold
 * a value a stored draft brought in.
 */
export function LiveReportProvider({ children }: { children: ReactNode }) {
  const values = useDeferredValue(useWatch() as RequestData);
  const [store] = useState(() => liveStore(compute(values)));
  const live = useMemo(() => (values === store.get().values ? store.get() : compute(values)), [values, store]);
  useEffect(() => {
    if (live !== store.get()) store.set(live);
  }, [live, store]);
  return <LiveContext.Provider value={store}>{children}</LiveContext.Provider>;
}

function useLive(): Live {
  const store = useContext(LiveContext);
  if (!store) throw new Error('useLiveReport outside LiveReportProvider');
  return useSyncExternalStore(store.subscribe, store.get);
}

export const useLiveReport = (): CompletenessReport => useLive().report;
/** The form's values as the report saw them (deferred with it). */
export const useLiveValues = (): RequestData => useLive().values;
