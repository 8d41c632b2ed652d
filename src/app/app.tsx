import { elementReason, issueMessage } from '../core/completeness/report-messages';
import { reviewFromReport } from '../core/review/review-schema';
import { DraftEditor } from '../features/drafts/draft-editor';
import { DraftsPage } from '../features/drafts/drafts-page';
import { createDraft, type DraftRecord } from '../features/drafts/drafts-store';
import { ReviewsSection } from '../features/review/reviews-section';
import { createReview, type ReviewRecord } from '../features/review/reviews-store';
import type { AppStorage } from '../lib/app-db';
import { useTranslations } from '../i18n/use-translations';
import { LanguageSwitcher } from './language-switcher';
import { CheckFilePage, FollowUpOffer, PdfExportPanel, ReviewEditor, Wizard } from './lazy-pages';
import { PageBoundary } from './page-boundary';
import { StorageNotice } from './storage-notice';
import { useHashRoute } from './use-hash-route';

/** The shell: header, and the page the route names. Features meet only here. */
export type Storage = AppStorage<DraftRecord, ReviewRecord>;

export function App({ storage }: { storage: Storage }) {
  const { t, td, language } = useTranslations();
  const { route, navigate } = useHashRoute();
  const home = () => navigate({ page: 'home' });
  const inMemoryOnly = storage.kind.kind === 'memory';
  const { drafts, reviews } = storage;
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
      <StorageNotice kind={storage.kind} />
      <main id="main" tabIndex={-1}>
        <PageBoundary key={route.page}>
          {route.page === 'home' ? (
            <>
              <DraftsPage store={drafts} onOpen={(id) => navigate({ page: 'draft', id })} />
              <ReviewsSection store={reviews} onOpen={(id) => navigate({ page: 'review', id })} onCheckFile={() => navigate({ page: 'check' })} />
            </>
          ) : route.page === 'check' ? (
            <CheckFilePage
              onOpenAsDraft={async (request, name) => navigate({ page: 'draft', id: await createDraft(drafts, request, name) })}
              onAskForMissing={async (request, report, name) => {
                const where = { instrument: report.instrument, kind: report.kind };
                const warningsOf = (el: { path: string }) => report.issues
                  .filter((i) => i.severity === 'warning' && i.path.startsWith(el.path.split('.').slice(0, 2).join('.')))
                  .map((i) => issueMessage(td, i, where)).join(' ');
                const review = reviewFromReport(request, report,
                  (el) => (el.state === 'missing' && (el.code ?? 'missing') === 'missing' ? t('checkFile.missingNote') : elementReason(td, el, where)),
                  warningsOf, language);
                navigate({ page: 'review', id: await createReview(reviews, review, name) });
              }} />
          ) : route.page === 'review' ? (
            <ReviewEditor key={route.id} store={reviews} id={route.id} inMemoryOnly={inMemoryOnly} onBack={home} />
          ) : (
            <DraftEditor key={route.id} store={drafts} id={route.id} inMemoryOnly={inMemoryOnly}>
              {(slot) => (
                <Wizard {...slot} stepId={route.step}
                  reviewExtras={(jump, report) => (
                    <PageBoundary>
                      <FollowUpOffer onStart={async (request) => navigate({ page: 'draft', id: await createDraft(drafts, request, t('followUp.name', { name: slot.name })) })} />
                      <PdfExportPanel fileBaseName={slot.name} onJump={jump} report={report} />
                    </PageBoundary>
                  )}
                  onStepChange={(step) => navigate({ page: 'draft', id: route.id, step })}
                  onClose={home} />
              )}
            </DraftEditor>
          )}
        </PageBoundary>
      </main>
      <footer className="app-footer"><p>{t('app.privacy')}</p></footer>
    </>
  );
}
