import { formatTimestamp } from '../../lib/format-timestamp';
import { useTranslations } from '../../i18n/use-translations';
import { UserText } from '../user-text/user-text';

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
  exportLabel?: (name: string) => string;
  onOpen: (id: string) => void;
  /** Saves the record as stored, as a file: possible even for a record that cannot be opened. */
  onExport?: (record: RecordSummary) => void;
  /** Asks before deleting: nothing saved is lost by a slip. */
  onDelete: (record: RecordSummary) => void;
}

/** Saved drafts or reviews: name, what it is, when saved, open, export and delete. */
export function RecordList({ records, empty, openLabel, deleteLabel, exportLabel, onOpen, onExport, onDelete }: Props) {
  const { t, language } = useTranslations();
  if (records.length === 0) return <p>{empty}</p>;
  const when = (iso: string) => formatTimestamp(iso, language);
  return (
    <ul className="drafts-list">
      {records.map((r) => (
        <li key={r.id}>
          <span className="draft-title"><UserText text={r.name} /></span>{' '}
          <span className="muted">{r.detail} · {t('home.updated', { when: when(r.updatedAt) })}</span>{' '}
          <button type="button" onClick={() => onOpen(r.id)} aria-label={openLabel(r.name)}>{t('home.open')}</button>{' '}
          {onExport && exportLabel ? <><button type="button" className="secondary" onClick={() => onExport(r)} aria-label={exportLabel(r.name)}>{t('home.export')}</button>{' '}</> : null}
          <button type="button" className="secondary" onClick={() => {
            if (window.confirm(t('home.confirmDelete', { name: r.name }))) onDelete(r);
          }} aria-label={deleteLabel(r.name)}>{t('home.delete')}</button>
        </li>
      ))}
    </ul>
  );
}
