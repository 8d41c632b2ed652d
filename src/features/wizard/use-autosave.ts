import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { RequestData } from '../../core/request/request-schema';

export type SaveStatus = 'saved' | 'saving' | 'failed';

/**
 * Saves the form a moment after the user stops typing, without re-rendering the form (RHF `subscribe`).
 * A pending save is flushed when the page is hidden or the wizard closes, so nothing typed is lost.
 */
export function useAutosave(form: UseFormReturn<RequestData>, save: (request: RequestData) => Promise<void>, delayMs = 400) {
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [error, setError] = useState<string>('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    const run = async () => {
      timer.current = undefined;
      try {
        await saveRef.current(form.getValues());
        setStatus('saved');
      } catch (err) {
        setStatus('failed');
        setError(err instanceof Error ? err.message : String(err));
      }
    };
    const flush = () => {
      if (timer.current) {
        clearTimeout(timer.current);
        void run();
      }
    };
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => {
        setStatus('saving');
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => void run(), delayMs);
      },
    });
    const onHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [form, delayMs]);

  return { status, error };
}
