import { useEffect, useRef, useState } from 'react';
import { listsForKind } from '../../core/catalogue/catalogue';
import { reviewGaps, reviewStatuses, type Review } from '../../core/review/review-schema';
import { useTranslations } from '../../i18n/use-translations';
import { fieldId } from '../../lib/field-id';
import { ReviewLetterExport } from './review-letter-export';
import type { ReviewRecord, ReviewsStore } from './reviews-store';

type Received = keyof Review['received'];
type Ours = keyof Review['ours'];
const receivedFields: [Received, 'reviewer.receivedReference' | 'reviewer.receivedDate' | 'reviewer.receivedState' | 'reviewer.receivedAuthority'][] = [
  ['reference', 'reviewer.receivedReference'], ['date', 'reviewer.receivedDate'], ['requestingState', 'reviewer.receivedState'], ['requestingAuthority', 'reviewer.receivedAuthority'],
];
const ourFields: [Ours, 'reviewer.oursAuthority' | 'reviewer.oursReference' | 'reviewer.oursDate' | 'reviewer.oursContact' | 'reviewer.oursSignatory'][] = [
  ['authority', 'reviewer.oursAuthority'], ['reference', 'reviewer.oursReference'], ['date', 'reviewer.oursDate'], ['contactOfficer', 'reviewer.oursContact'], ['signatory', 'reviewer.oursSignatory'],
];

/** The reviewer's checklist of a received request, saved as it is filled, and the 40(16) letter made from it. */
export function ReviewPage({ store, id, onBack }: { store: ReviewsStore; id: string; onBack: () => void }) {
  const { t, td } = useTranslations();
  const [record, setRecord] = useState<ReviewRecord | null>(null);
  const [error, setError] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef<ReviewRecord | null>(null);

  useEffect(() => {
    store.get(id).then((r) => {
      latest.current = r ?? null;
      if (r) setRecord(r);
      else setError('not found');
    }, (e: unknown) => setError(String(e)));
    return () => {
      if (timer.current && latest.current) void store.put(latest.current);
    };
  }, [store, id]);

  if (error) return <p role="alert" className="message error">{t('drafts.loadFailed', { reason: error })}</p>;
  if (!record) return null;

  const update = (change: (r: ReviewRecord) => ReviewRecord) => {
    const next = { ...change(record), updatedAt: new Date().toISOString() };
    latest.current = next;
    setRecord(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void store.put(next);
    }, 300);
  };
  const review = record.review;
  const setReview = (r: Partial<Review>) => update((rec) => ({ ...rec, review: { ...rec.review, ...r } }));
  const ns = `catalogue:instruments.${review.instrument}`;
  const { gaps, unreviewed, total } = reviewGaps(review);

  return (
    <div className="review-page">
      <div className="draft-bar">
        <div className="sub-field draft-name">
          <label htmlFor="review-name">{t('reviewer.name')}</label>
          <input id="review-name" type="text" value={record.name} onChange={(e) => update((r) => ({ ...r, name: e.target.value }))} />
        </div>
        <p className="kind-title">{td(`${ns}.kinds.${review.kind}`)}</p>
        <button type="button" className="secondary" onClick={onBack}>{t('reviewer.back')}</button>
      </div>
      <h2>{t('reviewer.title')}</h2>
      <p>{t('reviewer.intro')}</p>
      <div className="row">
        {([['received', receivedFields], ['ours', ourFields]] as const).map(([group, fields]) => (
          <fieldset key={group}>
            <legend>{t(group === 'received' ? 'reviewer.received' : 'reviewer.ours')}</legend>
            {fields.map(([key, label]) => {
              const path = `${group}.${key}`;
              const value = (review[group] as Record<string, string>)[key] ?? '';
              return (
                <div key={path} className="sub-field">
                  <label htmlFor={fieldId(path)}>{t(label)}</label>
                  <input id={fieldId(path)} type="text" value={value}
                    onChange={(e) => setReview({ [group]: { ...review[group], [key]: e.target.value } } as Partial<Review>)} />
                </div>
              );
            })}
          </fieldset>
        ))}
      </div>
      <h3>{t('reviewer.checklist')}</h3>
      <p role="status" className="review-progress">{t('reviewer.progress', { reviewed: total - unreviewed, total, gaps: gaps.length })}</p>
      {listsForKind(review.instrument, review.kind).map((list) => (
        <section key={list.id} aria-labelledby={`list-${list.id}`} className="checklist-list">
          <h4 id={`list-${list.id}`}>{list.id} <span className="muted">{td(`${ns}.lists.${list.id}`)}</span></h4>
          {list.elements.map((el) => {
            const item = review.items[el.citation] ?? { status: '', note: '' };
            const setItem = (change: Partial<typeof item>) => setReview({ items: { ...review.items, [el.citation]: { ...item, ...change } } });
            const noteId = fieldId(`items.${el.citation}.note`);
            return (
              <fieldset key={el.citation} className={`field checklist-item status-${item.status || 'none'}`}>
                <legend><span className="cite">{el.citation}</span> {td(`${ns}.elements.${el.citation}`)}</legend>
                <div className="radios" role="radiogroup" aria-label={t('reviewer.status', { citation: el.citation })}>
                  {reviewStatuses.map((s) => (
                    <label key={s} className="radio">
                      <input type="radio" name={`status-${el.citation}`} value={s} checked={item.status === s} onChange={() => setItem({ status: s })} /> {t(`reviewer.${s}`)}
                    </label>
                  ))}
                </div>
                <div className="sub-field">
                  <label htmlFor={noteId}>{t('reviewer.note', { citation: el.citation })}</label>
                  <textarea id={noteId} rows={2} value={item.note} onChange={(e) => setItem({ note: e.target.value })} />
                </div>
              </fieldset>
            );
          })}
        </section>
      ))}
      <ReviewLetterExport review={review} fileBaseName={record.name} onLanguages={(language, secondLanguage) => setReview({ language, secondLanguage })} />
    </div>
  );
}
