import { useState, type DragEvent } from 'react';
import { CompletenessReport } from '../../components/completeness-report/completeness-report';
import { UserText } from '../../components/user-text/user-text';
import { getInstrument } from '../../core/catalogue/catalogue';
import { checkRequest } from '../../core/completeness/check-request';
import { parseFailureMessage } from '../../core/completeness/report-messages';
import type { CompletenessReport as Report } from '../../core/completeness/report-types';
import type { RequestData } from '../../core/request/request-schema';
import { useTranslations } from '../../i18n/use-translations';
import { readRequestBlob } from '../../lib/read-request-blob';
import { localIsoDate } from '../../lib/today';

interface Props {
  onOpenAsDraft: (request: RequestData, name: string) => void;
  onAskForMissing: (request: RequestData, report: Report, name: string) => void;
}

type Result = { file: string; request: RequestData; report: Report } | { file: string; error: string };

/** Check a request file received or made elsewhere: its report at once, then fix it or ask for what is missing. */
export function CheckFilePage({ onOpenAsDraft, onAskForMissing }: Props) {
  const { t, td, cite } = useTranslations();
  const [result, setResult] = useState<Result | null>(null);
  const [over, setOver] = useState(false);

  // Any file comes to a report or a reason, never to nothing.
  const read = async (file: File) => {
    try {
      const parsed = await readRequestBlob(file);
      if (!parsed.ok) setResult({ file: file.name, error: parsed.code === 'unreadable' ? parsed.params.message : parseFailureMessage(td, parsed) });
      else setResult({ file: file.name, request: parsed.request, report: checkRequest(parsed.request, { today: localIsoDate() }) });
    } catch (err) {
      setResult({ file: file.name, error: err instanceof Error ? err.message : String(err) });
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) void read(file);
  };
  const base = (name: string) => name.replace(/\.json$/i, '');
  const askLabel = (instrument: string) => {
    const citation = getInstrument(instrument).procedure.additionalInformation;
    return citation ? t('checkFile.askForMissing', { citation: cite(citation) }) : t('checkFile.askForMissingPlain');
  };

  return (
    <div className="check-file">
      <h2>{t('checkFile.title')}</h2>
      <p>{t('checkFile.intro')}</p>
      <div className={`drop-zone${over ? ' over' : ''}`} onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}>
        <label htmlFor="check-file-input">{t('checkFile.choose')}</label>
        <input id="check-file-input" type="file" accept="application/json,.json" onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }} />
        <p className="muted">{t('checkFile.drop')}</p>
      </div>
      {result && 'error' in result ? (
        <p role="alert" className="message error"><UserText text={t('checkFile.failed', { file: result.file, reason: result.error })} /></p>
      ) : null}
      {result && 'report' in result ? (
        <div className="check-result">
          <h3><UserText text={t('checkFile.result', { file: result.file, kind: td(`catalogue:instruments.${result.request.instrument}.kinds.${result.request.kind}`) })} /></h3>
          <div className="export-buttons">
            <button type="button" onClick={() => onOpenAsDraft(result.request, base(result.file))}>{t('checkFile.openAsDraft')}</button>
            {!result.report.complete ? (
              <button type="button" className="secondary" onClick={() => onAskForMissing(result.request, result.report, base(result.file))}>{askLabel(result.request.instrument)}</button>
            ) : null}
          </div>
          <div className="check-report"><CompletenessReport report={result.report} headingLevel={3} /></div>
        </div>
      ) : null}
    </div>
  );
}
