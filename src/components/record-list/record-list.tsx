import { useTranslations } from '../../i18n/use-translations';

export interface RecordSummary {
  id: string;
  name: string;
  detail: string;
  updatedAt: string;
}

interface Props {
  records: RecordSummary[];
  empty: string;
  openLabel: (name: string) => string;
  deleteLabel: (name: string) => string;
  onOpen: (id: string) => void;
  /** Asks before deleting: nothing saved is lost by a slip. */
  onDelete: (record: RecordSummary) => void;
}

/** Saved drafts or reviews: name, what it is, when saved, open and delete. */
export function RecordList({ records, empty, openLabel, deleteLabel, onOpen, onDelete }: Props) {
  const { t, i18n } = useTranslations();
  if (records.length === 0) return <p>{empty}</p>;
  return (
    <ul className="drafts-list">
      {records.map((r) => (
        <li key={r.id}>
          <span className="draft-title">{r.name}</span>{' '}
          <span className="muted">{r.detail} · {t('home.updated', { when: new Date(r.updatedAt).toLocaleString(i18n.language) })}</span>{' '}
          <button type="button" onClick={() => onOpen(r.id)} aria-label={openLabel(r.name)}>{t('home.open')}</button>{' '}
          <button type="button" className="secondary" onClick={() => {
            if (window.confirm(t('home.confirmDelete', { name: r.name }))) onDelete(r);
          }} aria-label={deleteLabel(r.name)}>{t('home.delete')}</button>
        </li>
      ))}
    </ul>
  );
}
