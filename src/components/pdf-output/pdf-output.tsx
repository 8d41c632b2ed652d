import { useEffect, useState } from 'react';
import type { LanguageCode } from '../../core/catalogue/catalogue-types';
import { useTranslations } from '../../i18n/use-translations';
import { downloadFile, safeFileName } from '../../lib/download-file';
import { LanguagePair, type LanguagePairProps } from '../language-pair/language-pair';

export type Paper = 'A4' | 'LETTER';

interface Props extends Omit<LanguagePairProps, 'onChange'> {
  onLanguages: LanguagePairProps['onChange'];
  /** Makes the PDF; pdfmake and the fonts are loaded by it on first use. */
  make: (langs: [LanguageCode, LanguageCode], paper: Paper) => Promise<Blob>;
  fileBaseName: string;
  previewLabel: string;
  downloadLabel: string;
}

/** Language pair, paper, preview and download of a bilingual PDF: shared by the request and the 40(16) letter. */
export function PdfOutput({ idPrefix, language, secondLanguage, firstLabel, secondLabel, onLanguages, make, fileBaseName, previewLabel, downloadLabel }: Props) {
  const { t } = useTranslations();
  const [paper, setPaper] = useState<Paper>('A4');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  useEffect(() => () => {
    if (previewUrl) URL.revokeObjectURL(previewUrl);
  }, [previewUrl]);
  const pairOk = Boolean(secondLanguage) && secondLanguage !== language;

  const run = async (): Promise<Blob | null> => {
    if (!pairOk) return null;
    setBusy(true);
    setStatus({ text: t('export.working'), error: false });
    try {
      const blob = await make([language, secondLanguage as LanguageCode], paper);
      setStatus({ text: t('export.ready', { size: Math.round(blob.size / 1024) }), error: false });
      return blob;
    } catch (err) {
      setStatus({ text: t('export.failed', { reason: err instanceof Error ? err.message : String(err) }), error: true });
      return null;
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="row">
        <LanguagePair idPrefix={idPrefix} language={language} secondLanguage={secondLanguage} firstLabel={firstLabel} secondLabel={secondLabel} onChange={onLanguages} />
        <div className="sub-field">
          <label htmlFor={`${idPrefix}-paper`}>{t('export.paper')}</label>
          <select id={`${idPrefix}-paper`} value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
            <option value="A4">{t('export.a4')}</option>
            <option value="LETTER">{t('export.letter')}</option>
          </select>
        </div>
      </div>
      <div className="export-buttons">
        <button type="button" className="secondary" disabled={!pairOk || busy} onClick={async () => {
          const blob = await run();
          if (blob) setPreviewUrl(URL.createObjectURL(blob));
        }}>{previewLabel}</button>
        <button type="button" disabled={!pairOk || busy} onClick={async () => {
          const blob = await run();
          if (blob) downloadFile(safeFileName(`${fileBaseName}.${language}-${secondLanguage}`, 'pdf'), blob);
        }}>{downloadLabel}</button>
      </div>
      {status?.error ? <p role="alert" className="message error">{status.text}</p> : <p role="status" className="export-status">{status?.text}</p>}
      {previewUrl ? <iframe className="pdf-preview" title={t('export.previewTitle')} src={previewUrl} /> : null}
    </>
  );
}
