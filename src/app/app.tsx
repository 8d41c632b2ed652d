import { reviewFromReport } from '../core/review/review-schema';
import { CheckFilePage } from '../features/check-file/check-file-page';
import { DraftEditor } from '../features/drafts/draft-editor';
import { DraftsPage } from '../features/drafts/drafts-page';
import { createDraft, type DraftsStore } from '../features/drafts/drafts-store';
import { PdfExportPanel } from '../features/pdf-export/pdf-export-panel';
import { ReviewPage } from '../features/review/review-page';
import { ReviewsSection } from '../features/review/reviews-section';
import { createReview, type ReviewsStore } from '../features/review/reviews-store';
import { Wizard } from '../features/wizard/wizard';
import { useTranslations } from '../i18n/use-translations';
import { LanguageSwitcher } from './language-switcher';
import { useHashRoute } from './use-hash-route';

/** The shell: header, and the page the route names. Features meet only here. */
export function App({ store, reviews }: { store: DraftsStore; reviews: ReviewsStore }) {
  const { t, td } = useTranslations();
  const { route, navigate } = useHashRoute();
  const home = () => navigate({ page: 'home' });
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
          <>
            <DraftsPage store={store} onOpen={(id) => navigate({ page: 'draft', id })} />
            <ReviewsSection store={reviews} onOpen={(id) => navigate({ page: 'review', id })} onCheckFile={() => navigate({ page: 'check' })} />
          </>
        ) : route.page === 'check' ? (
          <CheckFilePage
            onOpenAsDraft={async (request, name) => navigate({ page: 'draft', id: await createDraft(store, request, name) })}
            onAskForMissing={async (request, report, name) => {
              const review = reviewFromReport(request, report, (code) => (code === 'missing' ? t('checkFile.missingNote') : td(`check.codes.${code}`)));
              navigate({ page: 'review', id: await createReview(reviews, review, name) });
            }} />
        ) : route.page === 'review' ? (
          <ReviewPage key={route.id} store={reviews} id={route.id} onBack={home} />
        ) : (
          <DraftEditor key={route.id} store={store} id={route.id}>
            {(slot) => (
              <Wizard {...slot} stepId={route.step} reviewExtras={<PdfExportPanel fileBaseName={slot.name} />}
                onStepChange={(step) => navigate({ page: 'draft', id: route.id, step }, true)}
                onClose={home} />
            )}
          </DraftEditor>
        )}
      </main>
      <footer className="app-footer"><p>{t('app.privacy')}</p></footer>
    </>
  );
}
