import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { fieldKeysForKind, getField, isTranslatable } from '../../core/catalogue/catalogue';
import { languageCodes, type LanguageCode } from '../../core/catalogue/catalogue-schema';
import { checkRequest } from '../../core/completeness/check-request';
import { formatAnswer } from '../../core/request/format-answer';
import { parseRequest } from '../../core/request/parse-request';
import type { RequestData } from '../../core/request/request-schema';
import { useTranslations } from '../../i18n/use-translations';
import { downloadFile, safeFileName } from '../../lib/download-file';
import { fieldId } from '../../lib/field-id';

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'ready'; size: number } | { kind: 'failed'; reason: string };

/** Language pair, paper, the user's translations, preview and download. pdfmake and fonts load on first use. */
export function PdfExportPanel({ fileBaseName }: { fileBaseName: string }) {
  const { t, td } = useTranslations();
  const { register, getValues } = useFormContext<RequestData>();
  const values = useWatch() as RequestData;
  const [paper, setPaper] = useState<'A4' | 'LETTER'>('A4');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  useEffect(() => () => {
    if (previewUrl) URL.revokeObjectURL(previewUrl);
  }, [previewUrl]);

  const first = values.language;
  const second = values.secondLanguage;
  const langName = (l: string) => td(`lang.${l}`);
  const pairOk = Boolean(second) && second !== first;
  const translatable = fieldKeysForKind(values.instrument, values.kind)
    .filter(isTranslatable)
    .map((key) => ({ key, original: formatAnswer(getField(key).type, (values.answers as Record<string, unknown>)[key], td, values.instrument) }))
    .filter((f) => f.original);

  const make = async (): Promise<Blob | null> => {
    const parsed = parseRequest(getValues());
    if (!parsed.ok || !pairOk) return null;
    setStatus({ kind: 'working' });
    try {
      const { renderPdfBlob } = await import('../../pdf/render-pdf-browser');
      const blob = await renderPdfBlob(parsed.request, [first, second as LanguageCode], paper);
      setStatus({ kind: 'ready', size: Math.round(blob.size / 1024) });
      return blob;
    } catch (err) {
      setStatus({ kind: 'failed', reason: err instanceof Error ? err.message : String(err) });
      return null;
    }
  };
  const preview = async () => {
    const blob = await make();
    if (blob) setPreviewUrl(URL.createObjectURL(blob));
  };
  const download = async () => {
    const blob = await make();
    if (blob) downloadFile(safeFileName(`${fileBaseName}.${first}-${second}`, 'pdf'), blob);
  };
  const complete = checkRequest(values).complete;

  return (
    <section className="pdf-export" aria-labelledby="pdf-export-heading">
      <h3 id="pdf-export-heading">{t('export.heading')}</h3>
      <div className="row">
        <div className="sub-field">
          <label htmlFor={fieldId('language')}>{t('export.requestLanguage')}</label>
          <select id={fieldId('language')} {...register('language')}>
            {languageCodes.map((l) => <option key={l} value={l}>{langName(l)}</option>)}
          </select>
        </div>
        <div className="sub-field">
          <label htmlFor={fieldId('secondLanguage')}>{t('export.secondLanguage')}</label>
          <select id={fieldId('secondLanguage')} {...register('secondLanguage')}>
            <option value="">{t('export.choose')}</option>
            {languageCodes.map((l) => <option key={l} value={l}>{langName(l)}</option>)}
          </select>
        </div>
        <div className="sub-field">
          <label htmlFor="pdf-paper">{t('export.paper')}</label>
          <select id="pdf-paper" value={paper} onChange={(e) => setPaper(e.target.value as 'A4' | 'LETTER')}>
            <option value="A4">{t('export.a4')}</option>
            <option value="LETTER">{t('export.letter')}</option>
          </select>
        </div>
      </div>
      {second && !pairOk ? <p className="field-error">{t('export.sameLanguages')}</p> : null}
      {!complete ? <p className="muted">{t('export.incompleteNote')}</p> : null}
      <div className="export-buttons">
        <button type="button" className="secondary" disabled={!pairOk || status.kind === 'working'} onClick={() => void preview()}>{t('export.preview')}</button>
        <button type="button" disabled={!pairOk || status.kind === 'working'} onClick={() => void download()}>{t('export.download')}</button>
      </div>
      <p role="status" className="export-status">
        {status.kind === 'working' ? t('export.working') : status.kind === 'ready' ? t('export.ready', { size: status.size }) : null}
      </p>
      {status.kind === 'failed' ? <p role="alert" className="message error">{t('export.failed', { reason: status.reason })}</p> : null}
      {previewUrl ? <iframe className="pdf-preview" title={t('export.previewTitle')} src={previewUrl} /> : null}
      {pairOk ? (
        <fieldset className="translations">
          <legend>{t('export.translationsHeading', { lang: langName(second) })}</legend>
          <p className="muted">{t('export.translationsIntro', { lang: langName(second) })}</p>
          {translatable.length === 0 ? <p>{t('export.nothingToTranslate')}</p> : translatable.map(({ key, original }) => {
            const path = `translations.${second}.${key}`;
            return (
              <div key={`${second}-${key}`} className="sub-field translation">
                <label htmlFor={fieldId(path)}>{t('export.translationLabel', { field: td(`catalogue:fields.${key}`), lang: langName(second) })}</label>
                <p className="original"><span className="muted">{t('export.original')}</span> {original}</p>
                <textarea id={fieldId(path)} rows={3} lang={second} dir={second === 'ar' ? 'rtl' : undefined} {...register(path as never)} />
              </div>
            );
          })}
        </fieldset>
      ) : null}
    </section>
  );
}
