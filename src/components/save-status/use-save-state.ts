import { useEffect, useSyncExternalStore } from 'react';
import type { RecordSaver, SaveState } from '../../lib/record-saver';
import type { StoredRecord } from '../../lib/record-store';

/**
 * The state of a record's saves, and the page's duty to it: pending edits are written when the page is hidden,
 * and leaving with edits that are not stored (or that live only in this tab's memory) asks first.
 */
export function useSaveState<R extends StoredRecord>(saver: RecordSaver<R>, inMemoryOnly: boolean): SaveState {
  const state = useSyncExternalStore(saver.subscribe, saver.getState);
  useEffect(() => {
    const flush = () => void saver.flush();
    const onHide = () => document.visibilityState === 'hidden' && flush();
    const onLeave = (e: BeforeUnloadEvent) => {
      if (!inMemoryOnly && !saver.hasUnsaved()) return;
      e.preventDefault();
      // Older browsers need a value here to ask.
      e.returnValue = '';
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onLeave);
    };
  }, [saver, inMemoryOnly]);
  return state;
}
