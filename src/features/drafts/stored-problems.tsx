import { codeMessage } from '../../core/completeness/report-messages';
import type { StoredRequest } from '../../core/request/parse-request';
import { useTranslations } from '../../i18n/use-translations';

interface Props {
  loaded: StoredRequest;
  hasOriginal: boolean;
  onExportOriginal: () => void;
}

/** What the stored draft held that this tool does not accept: said once, plainly, with the stored original to export. */
export function StoredProblems({ loaded, hasOriginal, onExportOriginal }: Props) {
  const { t, td } = useTranslations();
  if (loaded.invalid.length === 0 && loaded.replaced.length === 0) return null;
  const where = { instrument: loaded.request.instrument, kind: loaded.request.kind };
  return (
    <section className="stored-problems message error" aria-labelledby="stored-problems-heading">
      <h2 id="stored-problems-heading">{t('drafts.storedProblems.heading')}</h2>
      {loaded.invalid.length ? (
        <>
          <p>{t('drafts.storedProblems.invalid', { count: loaded.invalid.length })}</p>
          <ul>{loaded.invalid.map((p) => <li key={p.path}><code>{p.path}</code>: {codeMessage(td, p.code, p.params, where)}</li>)}</ul>
        </>
      ) : null}
      {loaded.replaced.length ? (
        <>
          <p>{t('drafts.storedProblems.replaced', { count: loaded.replaced.length })}</p>
          <ul>{loaded.replaced.map((p) => <li key={p.path}><code>{p.path}</code>: {t('drafts.storedProblems.given', { given: p.given })}</li>)}</ul>
        </>
      ) : null}
      {hasOriginal || loaded.invalid.length ? <button type="button" className="secondary" onClick={onExportOriginal}>{t('drafts.exportStored')}</button> : null}
    </section>
  );
}
