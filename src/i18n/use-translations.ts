import { useTranslation } from 'react-i18next';
import type { Translate } from '../core/completeness/report-messages';

/**
 * `t` takes only keys that exist in en.json (checked by the compiler); `td` takes keys built at run time
 * (catalogue citations, message codes), which the strict missing-key handler checks instead.
 */
export function useTranslations() {
  const { t, i18n } = useTranslation();
  return { t, td: t as unknown as Translate, i18n };
}
