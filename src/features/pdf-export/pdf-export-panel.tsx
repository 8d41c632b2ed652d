import { useFormContext, useWatch } from 'react-hook-form';
import { PdfOutput } from '../../components/pdf-output/pdf-output';
import { fieldKeysForKind, getField, isTranslatable } from '../../core/catalogue/catalogue';
import { checkRequest } from '../../core/completeness/check-request';
import { formatAnswer } from '../../core/request/format-answer';
import { parseRequest } from '../../core/request/parse-request';
import type { RequestData } from '../../core/request/request-schema';
import { useTranslations } from '../../i18n/use-translations';
import { fieldId } from '../../lib/field-id';

/** The request's PDF: language pair (kept in the request), the user's translations, preview and download. */
export function PdfExportPanel({ fileBaseName }: { fileBaseName: string }) {
  const { t, td } = useTranslations();
  const { register, getValues, setValue } = useFormContext<RequestData>();
  const values = useWatch() as RequestData;
  const first = values.language;
  const second = values.secondLanguage;
  const langName = (l: string) => td(`lang.${l}`);
  const pairOk = Boolean(second) && second !== first;
  const translatable = fieldKeysForKind(values.instrument, values.kind)
    .filter(isTranslatable)
    .map((key) => ({ key, original: formatAnswer(getField(key).type, (values.answers as Record<string, unknown>)[key], td, values.instrument) }))
    .filter((f) => f.original);

  return (
    <section className="pdf-export" aria-labelledby="pdf-export-heading">
      <h3 id="pdf-export-heading">{t('export.heading')}</h3>
      {!checkRequest(values).complete ? <p className="muted">{t('export.incompleteNote')}</p> : null}
      <PdfOutput idPrefix="pdf" language={first} secondLanguage={second} firstLabel={t('export.requestLanguage')}
        onLanguages={(language, secondLanguage) => {
          setValue('language', language, { shouldDirty: true });
          setValue('secondLanguage', secondLanguage, { shouldDirty: true });
        }}
        fileBaseName={fileBaseName} previewLabel={t('export.preview')} downloadLabel={t('export.download')}
        make={async (langs, paper) => {
          const parsed = parseRequest(getValues());
          if (!parsed.ok) throw new Error(td(`parse.${parsed.code}`, parsed.params));
          return (await import('../../pdf/render-pdf-browser')).renderPdfBlob(parsed.request, langs, paper);
        }} />
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
