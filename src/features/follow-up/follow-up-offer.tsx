import { useFormContext, useWatch } from 'react-hook-form';
import { getKind } from '../../core/catalogue/catalogue';
import { followUpRequest } from '../../core/request/follow-up';
import type { RequestData } from '../../core/request/request-schema';
import { useTranslations } from '../../i18n/use-translations';

/**
 * On a request that announces another (a preservation whose 42(3)(f) says an MLA request will follow): start
 * that request now, with everything already given carried over.
 */
export function FollowUpOffer({ onStart }: { onStart: (request: RequestData) => void }) {
  const { t, td } = useTranslations();
  const { getValues } = useFormContext<RequestData>();
  const values = useWatch() as RequestData;
  const followUp = getKind(values.instrument, values.kind).followUp;
  if (!followUp) return null;
  const title = td(`catalogue:instruments.${values.instrument}.kinds.${followUp.kind}`);
  return (
    <section className="follow-up" aria-labelledby="follow-up-heading">
      <h3 id="follow-up-heading">{t('followUp.heading')}</h3>
      <p>{t('followUp.intro', { kind: title })}</p>
      <button type="button" onClick={() => {
        const next = followUpRequest(getValues());
        if (next) onStart(next);
      }}>{t('followUp.start', { kind: title })}</button>
    </section>
  );
}
