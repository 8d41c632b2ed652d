import { useEffect, useState } from 'react';
import { SaveStatus } from '../../components/save-status/save-status';
import { loadStoredReview, type StoredReview } from '../../core/review/load-stored-review';
import type { Review } from '../../core/review/review-schema';
import { useTranslations } from '../../i18n/use-translations';
import { downloadFile, safeFileName } from '../../lib/download-file';
import { RecordSaver } from '../../lib/record-saver';
import { ReviewPage } from './review-page';
import type { ReviewRecord, ReviewsStore } from './reviews-store';

const exportJson = (name: string, data: unknown) =>
  downloadFile(safeFileName(name, 'json'), new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));

type Opened = { saver: RecordSaver<ReviewRecord>; loaded: Extract<StoredReview, { ok: true }> } | { failed: string; stored: ReviewRecord | null };

/** Opens a review through the same save path as drafts: whatever is stored opens, or can at least be exported. */
export function ReviewEditor({ store, id, inMemoryOnly, onBack }: { store: ReviewsStore; id: string; inMemoryOnly: boolean; onBack: () => void }) {
  const { t } = useTranslations();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    let saver: RecordSaver<ReviewRecord> | undefined;
    store.get(id).then((stored) => {
      if (!live) return;
      if (!stored) return setOpened({ failed: 'notFound', stored: null });
      const loaded = loadStoredReview(stored.review);
      if (!loaded.ok) return setOpened({ failed: 'notReview', stored });
      saver = new RecordSaver(store, stored);
      if (loaded.replaced.length > 0 && stored.original === undefined) {
        saver.update((r) => ({ ...r, original: stored.review }));
        void saver.flush();
      }
      setOpened({ saver, loaded });
    }, (err: unknown) => live && setOpened({ failed: err instanceof Error ? err.message : String(err), stored: null }));
    return () => {
      live = false;
      saver?.dispose();
    };
  }, [store, id]);

  if (!opened) return null;
  if ('failed' in opened) {
    return (
      <div role="alert" className="message error">
        <p>{t('drafts.loadFailed', { reason: opened.failed === 'notFound' ? t('drafts.notFound') : opened.failed === 'notReview' ? t('reviewer.notReview') : opened.failed })}</p>
        {opened.stored ? <button type="button" onClick={() => exportJson(opened.stored!.name, opened.stored!.review)}>{t('drafts.exportStored')}</button> : null}
      </div>
    );
  }
  const { saver, loaded } = opened;
  const status = (
    <SaveStatus saver={saver} inMemoryOnly={inMemoryOnly} onExport={() => exportJson(saver.record.name, saver.record.review)}
      onTakeTheirs={(theirs) => {
        const next = loadStoredReview(theirs.review);
        if (next.ok) setOpened({ saver, loaded: next });
        setVersion((v) => v + 1);
      }} />
  );
  return (
    <ReviewPage key={version} name={saver.record.name} review={loaded.review} invalid={loaded.invalid.map((i) => i.path)} status={status} onBack={onBack}
      onChange={(name: string, review: Review) => saver.update((r) => ({ ...r, name, review }))} />
  );
}
