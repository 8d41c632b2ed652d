import { PdfOutput } from '../../components/pdf-output/pdf-output';
import type { LanguageCode } from '../../core/catalogue/catalogue-schema';
import type { Review } from '../../core/review/review-schema';
import { useTranslations } from '../../i18n/use-translations';

interface Props {
  review: Review;
  fileBaseName: string;
  onLanguages: (language: LanguageCode, second: LanguageCode | '') => void;
}

/** The 40(16) letter of a review, in the language pair chosen. */
export function ReviewLetterExport({ review, fileBaseName, onLanguages }: Props) {
  const { t } = useTranslations();
  return (
    <section className="pdf-export" aria-labelledby="letter-heading">
      <h3 id="letter-heading">{t('reviewer.letter')}</h3>
      <PdfOutput idPrefix="letter" language={review.language} secondLanguage={review.secondLanguage} firstLabel={t('reviewer.letterLanguage')}
        onLanguages={onLanguages} fileBaseName={`${fileBaseName}.40-16`}
        previewLabel={t('reviewer.previewLetter')} downloadLabel={t('reviewer.downloadLetter')}
        make={async (langs, paper) => (await import('../../pdf/render-pdf-browser')).renderLetterBlob(review, langs, paper)} />
    </section>
  );
}
