import type { StorageKind } from '../lib/record-store';
import { useTranslations } from '../i18n/use-translations';

/** Said at the top of every page when drafts cannot be saved in this browser: nothing is believed saved that is not. */
export function StorageNotice({ kind }: { kind: StorageKind }) {
  const { t } = useTranslations();
  if (kind.kind !== 'memory') return null;
  return (
    <div role="alert" className="storage-notice message error">
      <p><strong>{t('storage.unavailableTitle')}</strong> {t('storage.unavailable', { reason: kind.reason })}</p>
    </div>
  );
}
