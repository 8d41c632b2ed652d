import { useTranslation } from 'react-i18next';
import { citeWith } from '../core/catalogue/cite';
import type { LanguageCode } from '../core/catalogue/catalogue-types';
import type { Translate } from '../core/completeness/report-messages';
import { isDocumentLanguage } from './create-i18n';

/**
 * `t` takes only keys that exist in en.json (checked by the compiler); `td` takes keys built at run time
 * (catalogue citations, message codes), which the strict missing-key handler checks instead.
 */
export function useTranslations() {
  const { t, i18n } = useTranslation();
  const td = t as unknown as Translate;
  /** A citation in the interface language's style (article 42, paragraphe 3, alinéa c)), as the PDF prints it. */
  const cite = (citation: string) => citeWith(td, citation);
  /** The interface language as one of the six (English while none is set). */
  const language: LanguageCode = isDocumentLanguage(i18n.language) ? i18n.language : 'en';
  return { t, td, cite, language, i18n };
}
