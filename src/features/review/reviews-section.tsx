import { useEffect, useState, type FormEvent } from 'react';
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
  const { t, td, i18n } = useTranslations();
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
      {reviews.length === 0 ? <p>{t('homeReceived.noReviews')}</p> : (
        <ul className="drafts-list">
          {reviews.map((r) => (
            <li key={r.id}>
              <span className="draft-title">{r.name}</span>{' '}
              <span className="muted">{t('home.updated', { when: new Date(r.updatedAt).toLocaleString(i18n.language) })}</span>{' '}
              <button type="button" onClick={() => onOpen(r.id)} aria-label={t('homeReceived.openReview', { name: r.name })}>{t('home.open')}</button>{' '}
              <button type="button" className="secondary" aria-label={t('homeReceived.deleteReview', { name: r.name })} onClick={async () => {
                if (!window.confirm(t('home.confirmDelete', { name: r.name }))) return;
                await store.remove(r.id);
                await refresh();
              }}>{t('home.delete')}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
