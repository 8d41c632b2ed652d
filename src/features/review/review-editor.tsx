import { useState } from 'react';
import { SaveStatus } from '../../components/save-status/save-status';
import { useOpenedRecord, type ReadResult } from '../../components/save-status/use-opened-record';
import { loadStoredReview, type StoredReview } from '../../core/review/load-stored-review';
import type { Review } from '../../core/review/review-schema';
import { useTranslations } from '../../i18n/use-translations';
import { downloadJson as exportJson } from '../../lib/download-file';
import { ReviewPage } from './review-page';
import type { ReviewsStore } from './reviews-store';


type Loaded = Extract<StoredReview, { ok: true }>;
const readReview = (content: unknown): ReadResult<Loaded> => {
  const loaded = loadStoredReview(content);
  return loaded.ok ? { ok: true, loaded, setAside: loaded.replaced.length > 0 } : loaded;
};

/** Opens a review through the same save path as drafts: whatever is stored opens, or can at least be exported. */
export function ReviewEditor({ store, id, inMemoryOnly, onBack }: { store: ReviewsStore; id: string; inMemoryOnly: boolean; onBack: () => void }) {
  const { t } = useTranslations();
  const [opened, setOpened] = useOpenedRecord(store, id, (r) => r.review, readReview);
  const [version, setVersion] = useState(0);

  if (!opened) return null;
  if ('failed' in opened) {
    const { code, params } = opened.failed;
    const reason = code === 'notFound' ? t('drafts.notFound') : code === 'notReview' ? t('reviewer.notReview') : String(params.message ?? code);
    return (
      <div role="alert" className="message error">
        <p>{t('drafts.loadFailed', { reason })}</p>
        {opened.stored ? <button type="button" onClick={() => exportJson(opened.stored!.name, opened.stored!.review)}>{t('drafts.exportStored')}</button> : null}
      </div>
    );
  }
  const { saver, loaded } = opened;
  const status = (
    <SaveStatus saver={saver} inMemoryOnly={inMemoryOnly} onExport={() => exportJson(saver.record.name, saver.record.review)}
      onTakeTheirs={(theirs) => {
        const next = loadStoredReview(theirs.review);
        if (next.ok) setOpened({ saver, loaded: next, stored: theirs });
        setVersion((v) => v + 1);
      }} />
  );
  return (
    <ReviewPage key={version} name={saver.record.name} review={loaded.review} invalid={loaded.invalid.map((i) => i.path)} status={status} onBack={onBack}
      onChange={(name: string, review: Review) => saver.update((r) => ({ ...r, name, review }))} />
  );
}
