import type { RecordSaver } from '../../lib/record-saver';
import type { StoredRecord } from '../../lib/record-store';
import { formatTimestamp } from '../../lib/format-timestamp';
import { useTranslations } from '../../i18n/use-translations';
import { useSaveState } from './use-save-state';

interface Props<R extends StoredRecord> {
  saver: RecordSaver<R>;
  /** Records live in this tab's memory: storage is blocked or missing. */
  inMemoryOnly: boolean;
  /** Downloads this tab's version as a file. */
  onExport: () => void;
  /** Replaces this tab's version by the stored one (after a conflict). */
  onTakeTheirs: (theirs: R) => void;
}

/**
 * Where the record stands: saved, saving, not saved and why, or changed in another tab. Every state that can
 * lose work says so in plain words and offers the way out at once (export, try again, choose a version).
 */
export function SaveStatus<R extends StoredRecord>({ saver, inMemoryOnly, onExport, onTakeTheirs }: Props<R>) {
  const { t, language } = useTranslations();
  const state = useSaveState(saver, inMemoryOnly);
  const exportButton = <button type="button" className="secondary small" onClick={onExport}>{t('save.exportNow')}</button>;
  if (state.status === 'conflict') {
    const when = state.theirs ? formatTimestamp(state.theirs.updatedAt, language) : '';
    return (
      <div role="alert" className="save-status save-conflict">
        <p>{state.theirs ? t('save.changedElsewhere', { when }) : t('save.deletedElsewhere')} {t('save.editsKept')}</p>
        <div className="save-actions">
          <button type="button" className="small" onClick={() => void saver.keepMine()}>{t('save.keepMine')}</button>
          {state.theirs ? (
            <button type="button" className="secondary small" onClick={() => {
              const theirs = saver.takeTheirs();
              if (theirs) onTakeTheirs(theirs);
            }}>{t('save.takeTheirs')}</button>
          ) : null}
          {exportButton}
        </div>
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <div role="alert" className="save-status save-failed">
        <p>{state.reason === 'quota' ? t('save.quota') : t('save.failed', { reason: state.message })} {t('save.textStillHere')}</p>
        <div className="save-actions">
          {exportButton}
          <button type="button" className="secondary small" onClick={() => void saver.flush()}>{t('save.retry')}</button>
        </div>
      </div>
    );
  }
  if (inMemoryOnly) {
    return <p role="status" className="save-status save-memory">{t('save.memoryOnly')} {exportButton}</p>;
  }
  return <p role="status" className={`save-status save-${state.status}`}>{t(state.status === 'pending' ? 'save.pending' : 'save.saved')}</p>;
}
