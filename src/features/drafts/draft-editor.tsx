import { useState, type ReactElement, type ReactNode } from 'react';
import { SaveStatus } from '../../components/save-status/save-status';
import { useOpenedRecord, type ReadResult } from '../../components/save-status/use-opened-record';
import { parseFailureMessage } from '../../core/completeness/report-messages';
import { loadStoredRequest, type StoredRequest } from '../../core/request/parse-request';
import type { RequestData } from '../../core/request/request-schema';
import { useTranslations } from '../../i18n/use-translations';
import { downloadJson as exportJson } from '../../lib/download-file';
import { defaultDraftName } from './default-draft-name';
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


const readRequest = (content: unknown): ReadResult<StoredRequest> => {
  const loaded = loadStoredRequest(content);
  return loaded.ok ? { ok: true, loaded, setAside: loaded.replaced.length > 0 } : loaded;
};

/**
 * Opens one draft, whatever is stored: values over their limits are kept and marked, values the form cannot
 * show are set aside with the stored original kept, and a draft this tool cannot edit can still be exported.
 * Every change goes through the one save path.
 */
export function DraftEditor({ store, id, inMemoryOnly, children }: Props) {
  const { t, td } = useTranslations();
  const [opened, setOpened] = useOpenedRecord(store, id, (r) => r.request, readRequest);
  // A new version (taken from another tab) opens a new form.
  const [version, setVersion] = useState(0);
  // The name as shown: a draft named from its answers follows them until the user names it.
  const [name, setName] = useState<string | null>(null);

  if (!opened) return null;
  if ('failed' in opened) {
    const { code, params } = opened.failed;
    const reason = code === 'notFound' ? t('drafts.notFound') : code === 'storage' ? String(params.message) : parseFailureMessage(td, opened.failed);
    return (
      <div role="alert" className="message error">
        <p>{t('drafts.loadFailed', { reason })}</p>
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
        name: name ?? saver.record.name,
        request: loaded.request,
        invalidPaths: loaded.invalid.map((i) => i.path),
        onRename: (typed) => {
          saver.update((r) => ({ ...r, name: typed, autoName: false }));
          setName(typed);
        },
        onChange: (request) => {
          const auto = saver.record.autoName ? defaultDraftName(request, td) : null;
          // Compared with the name shown before the update, which already writes the new name into the record.
          const shown = name ?? saver.record.name;
          saver.update((r) => ({ ...r, request, ...(auto !== null ? { name: auto } : {}) }));
          if (auto !== null && auto !== shown) setName(auto);
        },
        status: <SaveStatus saver={saver} inMemoryOnly={inMemoryOnly} onTakeTheirs={takeTheirs}
          onExport={() => exportJson(saver.record.name, saver.record.request)} />,
        notice: <StoredProblems loaded={loaded} hasOriginal={original !== undefined}
          onExportOriginal={() => exportJson(`${saver.record.name}.as-stored`, original ?? stored.request)} />,
      })}
    </div>
  );
}
