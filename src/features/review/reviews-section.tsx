import { useEffect, useState } from 'react';
import { RecordList } from '../../components/record-list/record-list';
import { KindStartForm } from '../../components/kind-choice/kind-start-form';
import { defaultInstrumentId } from '../../core/catalogue/catalogue';
import { emptyReview } from '../../core/review/review-schema';
import { useTranslations } from '../../i18n/use-translations';
import { createReview, type ReviewsStore } from './reviews-store';

interface Props {
  store: ReviewsStore;
  onOpen: (id: string) => void;
  onCheckFile: () => void;
}

/** Home: check a received file, start a checklist review of a paper request, reopen or delete reviews. */
export function ReviewsSection({ store, onOpen, onCheckFile }: Props) {
  const { t, td } = useTranslations();
  const [reviews, setReviews] = useState<{ id: string; name: string; kind: string; updatedAt: string }[]>([]);
  const kindTitle = (k: string) => td(`catalogue:instruments.${defaultInstrumentId}.kinds.${k}`);
  const refresh = () => store.list().then(setReviews, () => setReviews([]));
  useEffect(() => {
    void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once per store
  }, [store]);
  const start = async (kind: string) => {
    onOpen(await createReview(store, emptyReview(kind), t('reviewer.untitled', { kind: kindTitle(kind) })));
  };
  return (
    <section aria-labelledby="received-heading" className="received-section">
      <h2 id="received-heading">{t('homeReceived.heading')}</h2>
      <p><button type="button" onClick={onCheckFile}>{t('homeReceived.check')}</button></p>
      <KindStartForm legend={t('homeReceived.reviewKind')} name="review-kind" submitLabel={t('reviewer.startReview')} onStart={(kind) => void start(kind)} />
      <h3>{t('homeReceived.reviews')}</h3>
      <RecordList records={reviews.map((r) => ({ ...r, detail: kindTitle(r.kind) }))} empty={t('homeReceived.noReviews')}
        openLabel={(name) => t('homeReceived.openReview', { name })} deleteLabel={(name) => t('homeReceived.deleteReview', { name })}
        onOpen={onOpen} onDelete={async (r) => {
          await store.remove(r.id);
          await refresh();
        }} />
    </section>
  );
}
