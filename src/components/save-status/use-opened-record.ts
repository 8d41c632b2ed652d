import { useEffect, useState } from 'react';
import { RecordSaver } from '../../lib/record-saver';
import type { RecordStore, StoredRecord } from '../../lib/record-store';

/** What reading a stored record's content gives: the content as the form needs it, and whether some was set aside. */
export type ReadResult<L> = { ok: true; loaded: L; setAside: boolean } | { ok: false; code: string; params: Record<string, unknown> };

export type Opened<R extends StoredRecord, L> =
  | { saver: RecordSaver<R>; loaded: L; stored: R }
  | { failed: { code: string; params: Record<string, unknown> }; stored: R | null };

/**
 * Opens one stored record (a draft, a review) whatever is stored: its content is read by `read`; when some of
 * it had to be set aside, the content as stored is kept in `original` before anything is written over it.
 * The record is saved through one RecordSaver for as long as it is open.
 */
export function useOpenedRecord<R extends StoredRecord & { original?: unknown }, L>(
  store: RecordStore<R>, id: string, content: (record: R) => unknown, read: (content: unknown) => ReadResult<L>,
): [Opened<R, L> | null, (next: Opened<R, L>) => void] {
  const [opened, setOpened] = useState<Opened<R, L> | null>(null);
  useEffect(() => {
    let live = true;
    let saver: RecordSaver<R> | undefined;
    store.get(id).then((stored) => {
      if (!live) return;
      if (!stored) return setOpened({ failed: { code: 'notFound', params: {} }, stored: null });
      const result = read(content(stored));
      if (!result.ok) return setOpened({ failed: result, stored });
      saver = new RecordSaver(store, stored);
      if (result.setAside && stored.original === undefined) {
        saver.update((r) => ({ ...r, original: content(stored) }));
        void saver.flush();
      }
      setOpened({ saver, loaded: result.loaded, stored });
    }, (err: unknown) => live && setOpened({ failed: { code: 'storage', params: { message: err instanceof Error ? err.message : String(err) } }, stored: null }));
    return () => {
      live = false;
      saver?.dispose();
    };
    // The functions are the caller's fixed readers: the record is opened once per store and id.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, id]);
  return [opened, setOpened];
}
