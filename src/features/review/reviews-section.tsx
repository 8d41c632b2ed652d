import { useEffect, useState, type FormEvent } from 'react';
import { RecordList } from '../../components/record-list/record-list';
import { defaultInstrumentId, kindIds } from '../../core/catalogue/catalogue';
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
  const [kind, setKind] = useState('preservation');
  const kindTitle = (k: string) => td(`catalogue:instruments.${defaultInstrumentId}.kinds.${k}`);
  const refresh = () => store.list().then(setReviews, () => setReviews([]));
  useEffect(() => {
    void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once per store
  }, [store]);
  const start = async (e: FormEvent) => {
    e.preventDefault();
    onOpen(await createReview(store, emptyReview(kind), t('reviewer.untitled', { kind: kindTitle(kind) })));
  };
  return (
    <section aria-labelledby="received-heading" className="received-section">
      <h2 id="received-heading">{t('homeReceived.heading')}</h2>
      <p><button type="button" onClick={onCheckFile}>{t('homeReceived.check')}</button></p>
      <form onSubmit={start}>
        <fieldset>
          <legend>{t('homeReceived.reviewKind')}</legend>
          {kindIds().map((k) => (
            <label key={k} className="radio kind-option">
              <input type="radio" name="review-kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {kindTitle(k)}
            </label>
          ))}
        </fieldset>
        <button type="submit">{t('reviewer.startReview')}</button>
      </form>
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
