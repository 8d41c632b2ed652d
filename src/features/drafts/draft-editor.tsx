import { useEffect, useState, type ReactElement, type ReactNode } from 'react';
import { SaveStatus } from '../../components/save-status/save-status';
import { parseFailureMessage } from '../../core/completeness/report-messages';
import { loadStoredRequest, type StoredRequest } from '../../core/request/parse-request';
import type { RequestData } from '../../core/request/request-schema';
import { useTranslations } from '../../i18n/use-translations';
import { downloadFile, safeFileName } from '../../lib/download-file';
import { RecordSaver } from '../../lib/record-saver';
import type { DraftRecord, DraftsStore } from './drafts-store';
import { StoredProblems } from './stored-problems';

export interface EditorSlotProps {
  name: string;
  request: RequestData;
  /** Paths of stored values that break their limits: the form marks them when it opens. */
  invalidPaths: string[];
  onRename: (name: string) => void;
  onChange: (request: RequestData) => void;
  /** Where the draft's saves stand, and what to do when they fail. */
  status: ReactNode;
  /** What was wrong with the draft as stored, above the form. */
  notice: ReactNode;
}

interface Props {
  store: DraftsStore;
  id: string;
  inMemoryOnly: boolean;
  /** The editing UI, given the draft; kept out of this feature so drafts and wizard stay apart. */
  children: (slot: EditorSlotProps) => ReactElement;
}

const exportJson = (name: string, data: unknown) =>
  downloadFile(safeFileName(name, 'json'), new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));

type Failure = { code: string; params: Record<string, unknown> } | { message: string };
type Opened = { saver: RecordSaver<DraftRecord>; loaded: StoredRequest; stored: DraftRecord } | { failed: Failure; stored: DraftRecord | null };

/**
 * Opens one draft, whatever is stored: values over their limits are kept and marked, values the form cannot
 * show are set aside with the stored original kept, and a draft this tool cannot edit can still be exported.
 * Every change goes through the one save path.
 */
export function DraftEditor({ store, id, inMemoryOnly, children }: Props) {
  const { t, td } = useTranslations();
  const [opened, setOpened] = useState<Opened | null>(null);
  // A new version (taken from another tab) opens a new form.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    let saver: RecordSaver<DraftRecord> | undefined;
    store.get(id).then((stored) => {
      if (!live) return;
      if (!stored) return setOpened({ failed: { code: 'notFound', params: {} }, stored: null });
      const loaded = loadStoredRequest(stored.request);
      if (!loaded.ok) return setOpened({ failed: loaded, stored });
      saver = new RecordSaver(store, stored);
      // Values the form cannot show: the draft as stored is kept before anything is written over it.
      if (loaded.replaced.length > 0 && stored.original === undefined) {
        saver.update((r) => ({ ...r, original: stored.request }));
        void saver.flush();
      }
      setOpened({ saver, loaded, stored });
    }, (err: unknown) => live && setOpened({ failed: { message: err instanceof Error ? err.message : String(err) }, stored: null }));
    return () => {
      live = false;
      saver?.dispose();
    };
  }, [store, id]);

  if (!opened) return null;
  if ('failed' in opened) {
    return (
      <div role="alert" className="message error">
        <p>{t('drafts.loadFailed', { reason: 'message' in opened.failed ? opened.failed.message
          : opened.failed.code === 'notFound' ? t('drafts.notFound') : parseFailureMessage(td, opened.failed) })}</p>
        {opened.stored ? <button type="button" onClick={() => exportJson(opened.stored!.name, opened.stored!.request)}>{t('drafts.exportStored')}</button> : null}
      </div>
    );
  }
  const { saver, loaded, stored } = opened;
  const takeTheirs = (theirs: DraftRecord) => {
    const next = loadStoredRequest(theirs.request);
    if (next.ok) setOpened({ saver, loaded: next, stored: theirs });
    setVersion((v) => v + 1);
  };
  const original = saver.record.original ?? stored.original;
  return (
    <div key={version}>
      {children({
        name: saver.record.name,
        request: loaded.request,
        invalidPaths: loaded.invalid.map((i) => i.path),
        onRename: (name) => saver.update((r) => ({ ...r, name })),
        onChange: (request) => saver.update((r) => ({ ...r, request })),
        status: <SaveStatus saver={saver} inMemoryOnly={inMemoryOnly} onTakeTheirs={takeTheirs}
          onExport={() => exportJson(saver.record.name, saver.record.request)} />,
        notice: <StoredProblems loaded={loaded} hasOriginal={original !== undefined}
          onExportOriginal={() => exportJson(`${saver.record.name}.as-stored`, original ?? stored.request)} />,
      })}
    </div>
  );
}
