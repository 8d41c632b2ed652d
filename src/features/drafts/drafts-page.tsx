import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { KindStartForm } from '../../components/kind-choice/kind-start-form';
import { defaultInstrumentId } from '../../core/catalogue/catalogue';
import { RecordList } from '../../components/record-list/record-list';
import { emptyRequest } from '../../core/request/request-schema';
import { useTranslations } from '../../i18n/use-translations';
import { readRequestBlob } from '../../lib/read-request-blob';
import type { DraftSummary } from './draft-types';
import { createDraft, type DraftsStore } from './drafts-store';

interface Props {
  store: DraftsStore;
  onOpen: (id: string) => void;
}

/** Home: start a request of a kind, reopen, delete or import drafts. */
export function DraftsPage({ store, onOpen }: Props) {
  const { t, td } = useTranslations();
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const kindTitle = (k: string) => td(`catalogue:instruments.${defaultInstrumentId}.kinds.${k}`);

  const refresh = () => store.list().then(setDrafts, (err: unknown) => setMessage({ text: String(err), error: true }));
  useEffect(() => {
    void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once per store
  }, [store]);


  const start = async (kind: string) => {
    onOpen(await createDraft(store, emptyRequest(kind), t('drafts.untitled', { kind: kindTitle(kind) })));
  };

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const result = await readRequestBlob(file);
    if (!result.ok) {
      setMessage({ text: t('home.importFailed', { file: file.name, reason: td(`parse.${result.code}`, result.params) }), error: true });
      return;
    }
    const name = file.name.replace(/\.json$/i, '');
    await createDraft(store, result.request, name);
    setMessage({ text: t('home.importDone', { name }), error: false });
    await refresh();
  };


  return (
    <div className="drafts-page">
      <section aria-labelledby="new-request">
        <h2 id="new-request">{t('home.newRequest')}</h2>
        <KindStartForm legend={t('home.chooseKind')} name="kind" submitLabel={t('home.start')} onStart={(kind) => void start(kind)} />
      </section>
      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">{t('home.drafts')}</h2>
        <div role="status" className={message?.error ? 'message error' : 'message'}>{message?.text}</div>
        {drafts === null ? null : (
          <RecordList records={drafts.map((d) => ({ ...d, detail: kindTitle(d.kind) }))} empty={t('home.noDrafts')}
            openLabel={(name) => t('home.openNamed', { name })} deleteLabel={(name) => t('home.deleteNamed', { name })}
            onOpen={onOpen} onDelete={async (d) => {
              await store.remove(d.id);
              await refresh();
            }} />
        )}
        <div className="sub-field">
          <label htmlFor="import-file">{t('home.import')}</label>
          <input id="import-file" ref={fileInput} type="file" accept="application/json,.json" onChange={(e) => void onImport(e)} />
        </div>
      </section>
    </div>
  );
}
