import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { ReportIssues } from '../../components/completeness-report/report-issues';
import { Verdict } from '../../components/completeness-report/verdict';
import { PdfOutput } from '../../components/pdf-output/pdf-output';
import { getInstrument } from '../../core/catalogue/catalogue';
import type { CompletenessReport } from '../../core/completeness/report-types';
import { parseFailureMessage } from '../../core/completeness/report-messages';
import { parseRequest } from '../../core/request/parse-request';
import type { RequestData } from '../../core/request/request-schema';
import { useTranslations } from '../../i18n/use-translations';
import { LanguageChangeNotice, type LanguageChange } from './language-change-notice';
import { TranslationFields } from './translation-fields';

/** Warnings about what the document would print differently from what was typed, or leave untranslated. */
const printCodes = new Set(['unprintable', 'invisibleControl', 'stackedMarks', 'translationMissing', 'translationStale']);

/** The request's PDF: language pair (kept in the request), what it will print differently, translations, preview and download. */
export function PdfExportPanel({ fileBaseName, onJump, report }: { fileBaseName: string; onJump: (path: string) => void; report: CompletenessReport }) {
  const { t, td, cite } = useTranslations();
  const { getValues, setValue } = useFormContext<RequestData>();
  const values = useWatch() as RequestData;
  const first = values.language;
  const second = values.secondLanguage;
  const pairOk = Boolean(second) && second !== first;
  const languageCitation = getInstrument(values.instrument).procedure.language;
  const [change, setChange] = useState<LanguageChange | null>(null);
  return (
    <section className="pdf-export" aria-labelledby="pdf-export-heading">
      <h3 id="pdf-export-heading">{t('export.heading')}</h3>
      <div className="final-check" id="final-check" tabIndex={-1}>
        <h4>{t('export.finalCheck')}</h4>
        <Verdict report={report} />
        {!report.complete ? <p className="muted">{t('export.incompleteNote')}</p> : null}
        <ReportIssues report={report} onJump={onJump} headingLevel={4} only={(i) => !printCodes.has(i.code)} />
        <div className="before-printing">
          <ReportIssues report={report} onJump={onJump} headingLevel={4} only={(i) => printCodes.has(i.code)} warningsHeading={t('export.beforePrinting')} />
        </div>
      </div>
      <PdfOutput idPrefix="pdf" language={first} secondLanguage={second} firstLabel={t('export.requestLanguage')} secondLabel={languageCitation ? t('export.secondLanguage', { citation: cite(languageCitation) }) : t('export.secondLanguagePlain')}
        onLanguages={(language, secondLanguage) => {
          if (language !== first) setChange({ which: 'first', from: first });
          else if (secondLanguage !== second) setChange({ which: 'second', from: second });
          setValue('language', language, { shouldDirty: true });
          setValue('secondLanguage', secondLanguage, { shouldDirty: true });
        }}
        fileBaseName={fileBaseName} previewLabel={t('export.preview')} downloadLabel={t('export.download')}
        make={async (langs, paper) => {
          // The document is made only from a request that passes every limit: otherwise it says why, and prints nothing.
          const parsed = parseRequest(getValues());
          if (!parsed.ok) throw new Error(parseFailureMessage(td, parsed));
          return (await import('../../pdf/render-pdf-browser')).renderPdfBlob(parsed.request, langs, paper);
        }} />
      {change ? <LanguageChangeNotice change={change} request={values} /> : null}
      {pairOk && second ? (
        <fieldset className="translations">
          <legend>{t('export.translationsHeading', { lang: td(`lang.${second}`) })}</legend>
          <p className="muted">{t('export.translationsIntro', { lang: td(`lang.${second}`) })}</p>
          <TranslationFields second={second} />
        </fieldset>
      ) : null}
    </section>
  );
}
