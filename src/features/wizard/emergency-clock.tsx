import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslations } from '../../i18n/use-translations';

/**
 * An emergency request's clock: the time now, and how long since the emergency became known, kept in view
 * while the short form is filled in. Only this re-renders as the minutes pass.
 */
export function EmergencyClock({ field }: { field: string }) {
  const { t, i18n } = useTranslations();
  const known = useWatch({ name: `answers.${field}` as never }) as unknown as string | undefined;
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 15000);
    return () => clearInterval(timer);
  }, []);
  const since = known ? Math.floor((now.getTime() - new Date(known).getTime()) / 60000) : NaN;
  return (
    <p className="emergency-clock" role="timer" aria-live="off">
      <strong>{t('wizard.clockNow', { time: now.toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }) })}</strong>
      {Number.isFinite(since) && since >= 0 ? <span> · {t('wizard.clockSince', { hours: Math.floor(since / 60), minutes: since % 60 })}</span> : null}
    </p>
  );
}
