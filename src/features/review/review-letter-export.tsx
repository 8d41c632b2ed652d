import { useEffect, useState } from 'react';
import { languageCodes, type LanguageCode } from '../../core/catalogue/catalogue-schema';
import type { Review } from '../../core/review/review-schema';
import { useTranslations } from '../../i18n/use-translations';
import { downloadFile, safeFileName } from '../../lib/download-file';

interface Props {
  review: Review;
  fileBaseName: string;
  onLanguages: (language: LanguageCode, second: LanguageCode | '') => void;
}

/** Language pair and paper for the 40(16) letter; pdfmake and the fonts load on first use. */
export function ReviewLetterExport({ review, fileBaseName, onLanguages }: Props) {
  const { t, td } = useTranslations();
  const [paper, setPaper] = useState<'A4' | 'LETTER'>('A4');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  useEffect(() => () => {
    if (previewUrl) URL.revokeObjectURL(previewUrl);
  }, [previewUrl]);
  const second = review.secondLanguage;
  const pairOk = Boolean(second) && second !== review.language;

  const make = async () => {
    setBusy(true);
    setMessage(t('export.working'));
    try {
      const { renderLetterBlob } = await import('../../pdf/render-pdf-browser');
      const blob = await renderLetterBlob(review, [review.language, second as LanguageCode], paper);
      setMessage(t('export.ready', { size: Math.round(blob.size / 1024) }));
      return blob;
    } catch (err) {
      setMessage(t('export.failed', { reason: err instanceof Error ? err.message : String(err) }));
      return null;
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="pdf-export" aria-labelledby="letter-heading">
      <h3 id="letter-heading">{t('reviewer.letter')}</h3>
      <div className="row">
        <div className="sub-field">
          <label htmlFor="letter-language">{t('reviewer.letterLanguage')}</label>
          <select id="letter-language" value={review.language} onChange={(e) => onLanguages(e.target.value as LanguageCode, second)}>
            {languageCodes.map((l) => <option key={l} value={l}>{td(`lang.${l}`)}</option>)}
          </select>
        </div>
        <div className="sub-field">
          <label htmlFor="letter-second-language">{t('export.secondLanguage')}</label>
          <select id="letter-second-language" value={second} onChange={(e) => onLanguages(review.language, e.target.value as LanguageCode | '')}>
            <option value="">{t('export.choose')}</option>
            {languageCodes.map((l) => <option key={l} value={l}>{td(`lang.${l}`)}</option>)}
          </select>
        </div>
        <div className="sub-field">
          <label htmlFor="letter-paper">{t('export.paper')}</label>
          <select id="letter-paper" value={paper} onChange={(e) => setPaper(e.target.value as 'A4' | 'LETTER')}>
            <option value="A4">{t('export.a4')}</option>
            <option value="LETTER">{t('export.letter')}</option>
          </select>
        </div>
      </div>
      {second && !pairOk ? <p className="field-error">{t('export.sameLanguages')}</p> : null}
      <div className="export-buttons">
        <button type="button" className="secondary" disabled={!pairOk || busy} onClick={async () => {
          const blob = await make();
          if (blob) setPreviewUrl(URL.createObjectURL(blob));
        }}>{t('reviewer.previewLetter')}</button>
        <button type="button" disabled={!pairOk || busy} onClick={async () => {
          const blob = await make();
          if (blob) downloadFile(safeFileName(`${fileBaseName}.40-16.${review.language}-${second}`, 'pdf'), blob);
        }}>{t('reviewer.downloadLetter')}</button>
      </div>
      <p role="status" className="export-status">{message}</p>
      {previewUrl ? <iframe className="pdf-preview" title={t('export.previewTitle')} src={previewUrl} /> : null}
    </section>
  );
}
