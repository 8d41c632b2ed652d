import { useEffect, useState, type ChangeEvent } from 'react';
import { KindStartForm, type LanguageChoice } from '../../components/kind-choice/kind-start-form';
import { RecordList } from '../../components/record-list/record-list';
import { parseFailureMessage } from '../../core/completeness/report-messages';
import { emptyRequest } from '../../core/request/request-schema';
import { useTranslations } from '../../i18n/use-translations';
import { downloadJson } from '../../lib/download-file';
import { readRequestBlob } from '../../lib/read-request-blob';
import { defaultDraftName } from './default-draft-name';
import { createDraft, draftSummary, type DraftSummary, type DraftsStore } from './drafts-store';

interface Props {
  store: DraftsStore;
  onOpen: (id: string) => void;
}

/** Home: start a request of a kind, reopen, export, delete or import drafts. */
export function DraftsPage({ store, onOpen }: Props) {
  const { t, td } = useTranslations();
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const kindTitle = (instrument: string, k: string) => (k ? `${td(`catalogue:instruments.${instrument}.kinds.${k}`)} (${td(`catalogue:instruments.${instrument}.shortTitle`)})` : t('drafts.unknownKind'));
  const failed = (err: unknown) => setMessage({ text: t('drafts.storageFailed', { reason: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }), error: true });

  const refresh = () => store.all().then((records) => setDrafts(records.map(draftSummary)), failed);
  useEffect(() => {
    void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once per store
  }, [store]);

  const start = async (instrument: string, kind: string, languages: LanguageChoice) => {
    try {
      const request = { ...emptyRequest(kind, instrument), ...languages };
      onOpen(await createDraft(store, request, defaultDraftName(request, td), true));
    } catch (err) {
      failed(err);
    }
  };

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const result = await readRequestBlob(file);
    if (!result.ok) {
      setMessage({ text: t('home.importFailed', { file: file.name, reason: parseFailureMessage(td, result) }), error: true });
      return;
    }
    const name = file.name.replace(/\.json$/i, '');
    try {
      await createDraft(store, result.request, name);
    } catch (err) {
      return failed(err);
    }
    // The list first, then the announcement: "Imported" is never said before the draft is listed.
    await refresh();
    setMessage({ text: t('home.importDone', { name }), error: false });
  };

  /** Any stored draft can be saved as a file, as it is stored, even one this tool cannot open. */
  const exportStored = async (id: string) => {
    const record = await store.get(id);
    if (record) downloadJson(record.name || 'draft', record.request);
  };

  return (
    <div className="drafts-page">
      <section aria-labelledby="new-request">
        <h2 id="new-request">{t('home.newRequest')}</h2>
        <KindStartForm legend={t('home.chooseKind')} name="kind" submitLabel={t('home.start')} languageLabels={{ first: t('home.answersLanguage'), second: t('home.secondLanguage') }}
          onStart={(instrument, kind, languages) => void start(instrument, kind, languages)} />
      </section>
      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">{t('home.drafts')}</h2>
        <div role="status" className={message?.error ? 'message error' : 'message'}>{message?.text}</div>
        {drafts === null ? null : (
          <RecordList records={drafts.map((d) => ({ ...d, detail: kindTitle(d.instrument, d.kind) }))} empty={t('home.noDrafts')}
            openLabel={(name) => t('home.openNamed', { name })} deleteLabel={(name) => t('home.deleteNamed', { name })}
            exportLabel={(name) => t('home.exportNamed', { name })} onExport={(d) => void exportStored(d.id)}
            onOpen={onOpen} onDelete={async (d) => {
              await store.remove(d.id).catch(failed);
              await refresh();
            }} />
        )}
        <div className="sub-field">
          <label htmlFor="import-file">{t('home.import')}</label>
          <input id="import-file" type="file" accept="application/json,.json" onChange={(e) => void onImport(e)} />
        </div>
      </section>
    </div>
  );
}
