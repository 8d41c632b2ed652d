import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { RequestData } from '../../core/request/request-schema';
import { useTranslations } from '../../i18n/use-translations';
import type { Draft } from './draft-types';
import type { DraftsStore } from './drafts-store';

export interface EditorSlotProps {
  name: string;
  request: RequestData;
  onRename: (name: string) => void;
  onSave: (request: RequestData) => Promise<void>;
}

interface Props {
  store: DraftsStore;
  id: string;
  /** The editing UI, given the draft; kept out of this feature so drafts and wizard stay apart. */
  children: (slot: EditorSlotProps) => ReactElement;
}

/** Loads one draft and writes every change back to the store. */
export function DraftEditor({ store, id, children }: Props) {
  const { t } = useTranslations();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState('');
  const latest = useRef<Draft | null>(null);

  useEffect(() => {
    let live = true;
    store.get(id).then(
      (d) => {
        if (!live) return;
        if (!d) setError('not found');
        latest.current = d ?? null;
        setDraft(d ?? null);
      },
      (err: unknown) => live && setError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
  }, [store, id]);

  if (error) return <p role="alert" className="message error">{t('drafts.loadFailed', { reason: error })}</p>;
  if (!draft) return null;

  const write = async (change: Partial<Draft>) => {
    const next = { ...latest.current!, ...change, updatedAt: new Date().toISOString() };
    latest.current = next;
    await store.put(next);
  };
  return children({
    name: draft.name,
    request: draft.request,
    onRename: (name) => void write({ name }),
    onSave: (request) => write({ request }),
  });
}
