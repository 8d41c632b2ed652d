import { useState, type ReactNode } from 'react';
import { LimitedText } from '../../components/limited-text/limited-text';
import { listsForKind } from '../../core/catalogue/catalogue';
import { limitsAt } from '../../core/json-schema/input-limits';
import { reviewGaps, reviewSchema, reviewStatuses, type Review } from '../../core/review/review-schema';
import { useTranslations } from '../../i18n/use-translations';
import { fieldId } from '../../lib/field-id';
import { ReviewLetterExport } from './review-letter-export';

type Received = keyof Review['received'];
type Ours = keyof Review['ours'];
const receivedFields: [Received, 'reviewer.receivedReference' | 'reviewer.receivedDate' | 'reviewer.receivedState' | 'reviewer.receivedAuthority'][] = [
  ['reference', 'reviewer.receivedReference'], ['date', 'reviewer.receivedDate'], ['requestingState', 'reviewer.receivedState'], ['requestingAuthority', 'reviewer.receivedAuthority'],
];
const ourFields: [Ours, 'reviewer.oursAuthority' | 'reviewer.oursReference' | 'reviewer.oursDate' | 'reviewer.oursContact' | 'reviewer.oursSignatory'][] = [
  ['authority', 'reviewer.oursAuthority'], ['reference', 'reviewer.oursReference'], ['date', 'reviewer.oursDate'], ['contactOfficer', 'reviewer.oursContact'], ['signatory', 'reviewer.oursSignatory'],
];

interface Props {
  name: string;
  review: Review;
  /** Stored values over their limits, marked. */
  invalid: string[];
  status: ReactNode;
  onChange: (name: string, review: Review) => void;
  onBack: () => void;
}

/** The reviewer's checklist of a received request, saved as it is filled, and the 40(16) letter made from it. */
export function ReviewPage({ name: initialName, review: initial, invalid, status, onChange, onBack }: Props) {
  const { t, td, cite } = useTranslations();
  const [name, setName] = useState(initialName);
  const [review, setReviewState] = useState(initial);
  const setReview = (r: Partial<Review>) => {
    const next = { ...review, ...r };
    setReviewState(next);
    onChange(name, next);
  };
  const ns = `catalogue:instruments.${review.instrument}`;
  const { gaps, unreviewed, total } = reviewGaps(review);
  const maxOf = (path: string) => limitsAt(reviewSchema, path).maxLength;
  const text = (path: string, value: string, label: string, set: (v: string) => void, multiline = false) => {
    const over = invalid.includes(path) || (maxOf(path) !== undefined && value.length > maxOf(path)!);
    return (
      <div key={path} className="sub-field">
        <label htmlFor={fieldId(path)}>{label}</label>
        <LimitedText id={fieldId(path)} multiline={multiline} rows={2} maxLength={maxOf(path)} length={value.length} value={value}
          aria-invalid={over || undefined} onChange={(e) => set(e.target.value)} />
      </div>
    );
  };

  return (
    <div className="review-page">
      <div className="draft-bar">
        <div className="sub-field draft-name">
          <label htmlFor="review-name">{t('reviewer.name')}</label>
          <input id="review-name" type="text" value={name} maxLength={200} onChange={(e) => {
            setName(e.target.value);
            onChange(e.target.value, review);
          }} />
        </div>
        <p className="kind-title">{td(`${ns}.kinds.${review.kind}`)}</p>
        <div className="draft-status">{status}</div>
        <button type="button" className="secondary" onClick={onBack}>{t('reviewer.back')}</button>
      </div>
      <h2>{t('reviewer.title')}</h2>
      <p>{t('reviewer.intro')}</p>
      <div className="row">
        {([['received', receivedFields], ['ours', ourFields]] as const).map(([group, fields]) => (
          <fieldset key={group}>
            <legend>{t(group === 'received' ? 'reviewer.received' : 'reviewer.ours')}</legend>
            {fields.map(([key, label]) => text(`${group}.${key}`, (review[group] as Record<string, string>)[key] ?? '', t(label),
              (v) => setReview({ [group]: { ...review[group], [key]: v } } as Partial<Review>)))}
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
            return (
              <fieldset key={el.citation} className={`field checklist-item status-${item.status || 'none'}`}>
                <legend><span className="cite">{cite(el.citation)}</span> {td(`${ns}.elements.${el.citation}`)}</legend>
                <div className="radios" role="radiogroup" aria-label={t('reviewer.status', { citation: cite(el.citation) })}>
                  {reviewStatuses.map((s) => (
                    <label key={s} className="radio">
                      <input type="radio" name={`status-${el.citation}`} value={s} checked={item.status === s} onChange={() => setItem({ status: s })} /> {t(`reviewer.${s}`)}
                    </label>
                  ))}
                </div>
                {text(`items.${el.citation}.note`, item.note, t('reviewer.note', { citation: cite(el.citation) }), (note) => setItem({ note }), true)}
              </fieldset>
            );
          })}
        </section>
      ))}
      <ReviewLetterExport review={review} fileBaseName={name} onChange={setReview} />
    </div>
  );
}
