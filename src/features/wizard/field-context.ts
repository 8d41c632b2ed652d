import { createContext, useContext } from 'react';

/** What every widget of a draft needs to know besides its own path. */
export interface DraftContextValue {
  instrument: string;
  kind: string;
}
export const DraftContext = createContext<DraftContextValue | null>(null);

export function useDraftContext(): DraftContextValue {
  const ctx = useContext(DraftContext);
  if (!ctx) throw new Error('useDraftContext outside a draft');
  return ctx;
}
