import { LimitedText } from '../../components/limited-text/limited-text';
import { PdfOutput } from '../../components/pdf-output/pdf-output';
import { UserText } from '../../components/user-text/user-text';
import { getInstrument } from '../../core/catalogue/catalogue';
import { limitsAt } from '../../core/json-schema/input-limits';
import { reviewSchema, type Review } from '../../core/review/review-schema';
import { reviewNoteUnits } from '../../core/review/review-translations';
import { fingerprint } from '../../core/translation/translation-units';
import { useTranslations } from '../../i18n/use-translations';
import { fieldId } from '../../lib/field-id';

interface Props {
  review: Review;
  fileBaseName: string;
  onChange: (change: Partial<Review>) => void;
}

/**
 * The 40(16) letter of a review: it goes to the requesting State, so its second language is one that State
 * accepts. The reviewer's notes are given in that language here, or print in the original, marked.
 */
export function ReviewLetterExport({ review, fileBaseName, onChange }: Props) {
  const { t, td, cite } = useTranslations();
  const second = review.secondLanguage;
  const citation = getInstrument(review.instrument).procedure.additionalInformation;
  // request.40-16.pdf under the 2024 Convention; request.letter.pdf where the instrument names no article.
  const letterSuffix = citation ? citation.replace(/[()]+/g, '-').replace(/-$/, '') : 'letter';
  const units = second && second !== review.language ? reviewNoteUnits(review, second) : [];
  const setNote = (key: string, text: string, original: string) => {
    if (!second) return;
    onChange({
      translations: { ...review.translations, [second]: { ...review.translations[second], [key]: text } },
      translationBasis: { ...review.translationBasis, [second]: { ...review.translationBasis[second], [key]: fingerprint(original) } },
    });
  };
  return (
    <section className="pdf-export" aria-labelledby="letter-heading">
      <h3 id="letter-heading">{citation ? t('reviewer.letter', { citation: cite(citation) }) : t('reviewer.letterPlain')}</h3>
      <PdfOutput idPrefix="letter" language={review.language} secondLanguage={review.secondLanguage}
        firstLabel={t('reviewer.letterLanguage')} secondLabel={t('reviewer.letterSecondLanguage')}
        onLanguages={(language, secondLanguage) => onChange({ language, secondLanguage })} fileBaseName={`${fileBaseName}.${letterSuffix}`}
        previewLabel={t('reviewer.previewLetter')} downloadLabel={t('reviewer.downloadLetter')}
        make={async (langs, paper) => (await import('../../pdf/render-pdf-browser')).renderLetterBlob(review, langs, paper)} />
      {units.length ? (
        <fieldset className="translations">
          <legend>{t('reviewer.notesIn', { lang: td(`lang.${second}`) })}</legend>
          {units.map((u) => {
            const id = fieldId(`translations.${second}.${u.key}`);
            const text = review.translations[second as 'en']?.[u.key] ?? '';
            return (
              <div key={u.key} className={`sub-field translation${u.stale ? ' stale' : ''}`}>
                <label htmlFor={id}>{t('reviewer.noteIn', { citation: cite(u.citation), lang: td(`lang.${second}`) })}</label>
                <p className="original"><span className="muted">{t('export.original')}</span> <UserText text={u.original} /></p>
                {u.stale ? <p className="field-error">{t('export.stale')}</p> : null}
                <LimitedText id={id} multiline rows={2} lang={second} dir={second === 'ar' ? 'rtl' : undefined} value={text} length={text.length}
                  maxLength={limitsAt(reviewSchema, `translations.${second}.x`).maxLength} onChange={(e) => setNote(u.key, e.target.value, u.original)} />
              </div>
            );
          })}
        </fieldset>
      ) : null}
    </section>
  );
}
