import { useEffect, useState } from 'react';
import { KindStartForm, type LanguageChoice } from '../../components/kind-choice/kind-start-form';
import { RecordList } from '../../components/record-list/record-list';
import { emptyReview } from '../../core/review/review-schema';
import { useTranslations } from '../../i18n/use-translations';
import { downloadJson } from '../../lib/download-file';
import { createReview, reviewSummary, type ReviewsStore } from './reviews-store';

interface Props {
  store: ReviewsStore;
  onOpen: (id: string) => void;
  onCheckFile: () => void;
}

/** Home: check a received file, start a checklist review of a paper request, reopen, export or delete reviews. */
export function ReviewsSection({ store, onOpen, onCheckFile }: Props) {
  const { t, td } = useTranslations();
  const [reviews, setReviews] = useState<ReturnType<typeof reviewSummary>[]>([]);
  const [message, setMessage] = useState('');
  const kindTitle = (instrument: string, k: string) => (k ? `${td(`catalogue:instruments.${instrument}.kinds.${k}`)} (${td(`catalogue:instruments.${instrument}.shortTitle`)})` : t('drafts.unknownKind'));
  const failed = (err: unknown) => setMessage(t('drafts.storageFailed', { reason: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }));
  const refresh = () => store.all().then((records) => setReviews(records.map(reviewSummary)), failed);
  useEffect(() => {
    void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once per store
  }, [store]);
  const start = async (instrument: string, kind: string, languages: LanguageChoice) => {
    try {
      onOpen(await createReview(store, { ...emptyReview(kind, instrument), ...languages }, t('reviewer.untitled', { kind: td(`catalogue:instruments.${instrument}.kinds.${kind}`) })));
    } catch (err) {
      failed(err);
    }
  };
  const exportStored = async (id: string) => {
    const record = await store.get(id);
    if (record) downloadJson(record.name || 'review', record.review);
  };
  return (
    <section aria-labelledby="received-heading" className="received-section">
      <h2 id="received-heading">{t('homeReceived.heading')}</h2>
      <p><button type="button" onClick={onCheckFile}>{t('homeReceived.check')}</button></p>
      <KindStartForm legend={t('homeReceived.reviewKind')} name="review-kind" submitLabel={t('reviewer.startReview')}
        languageLabels={{ first: t('reviewer.letterLanguage'), second: t('reviewer.letterSecondLanguage') }}
        onStart={(instrument, kind, languages) => void start(instrument, kind, languages)} />
      <h3>{t('homeReceived.reviews')}</h3>
      {message ? <p role="alert" className="message error">{message}</p> : null}
      <RecordList records={reviews.map((r) => ({ ...r, detail: kindTitle(r.instrument, r.kind) }))} empty={t('homeReceived.noReviews')}
        openLabel={(name) => t('homeReceived.openReview', { name })} deleteLabel={(name) => t('homeReceived.deleteReview', { name })}
        exportLabel={(name) => t('homeReceived.exportReview', { name })} onExport={(r) => void exportStored(r.id)}
        onOpen={onOpen} onDelete={async (r) => {
          await store.remove(r.id).catch(failed);
          await refresh();
        }} />
    </section>
  );
}
