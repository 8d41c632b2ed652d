import { DraftEditor } from '../features/drafts/draft-editor';
import { DraftsPage } from '../features/drafts/drafts-page';
import type { DraftsStore } from '../features/drafts/drafts-store';
import { PdfExportPanel } from '../features/pdf-export/pdf-export-panel';
import { Wizard } from '../features/wizard/wizard';
import { useTranslations } from '../i18n/use-translations';
import { LanguageSwitcher } from './language-switcher';
import { useHashRoute } from './use-hash-route';

/** The shell: header, and either the drafts page or one draft in the wizard. Features meet only here. */
export function App({ store }: { store: DraftsStore }) {
  const { t } = useTranslations();
  const { route, navigate } = useHashRoute();
  return (
    <>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="app-header">
        <div>
          <h1><a href="#/">{t('app.title')}</a></h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitcher />
      </header>
      <main id="main" tabIndex={-1}>
        {route.page === 'home' ? (
          <DraftsPage store={store} onOpen={(id) => navigate({ page: 'draft', id })} />
        ) : (
          <DraftEditor key={route.id} store={store} id={route.id}>
            {(slot) => (
              <Wizard {...slot} stepId={route.step} reviewExtras={<PdfExportPanel fileBaseName={slot.name} />}
                onStepChange={(step) => navigate({ page: 'draft', id: route.id, step }, true)}
                onClose={() => navigate({ page: 'home' })} />
            )}
          </DraftEditor>
        )}
      </main>
      <footer className="app-footer"><p>{t('app.privacy')}</p></footer>
    </>
  );
}
