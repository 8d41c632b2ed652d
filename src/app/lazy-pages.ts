import { lazy, type ComponentType } from 'react';

/** The code of a page could not be fetched (offline before the service worker kept it): not a bug in the page. */
export class PageLoadError extends Error {
  constructor(cause: unknown) {
    super('A page of the app could not be loaded', { cause });
    this.name = 'PageLoadError';
  }
}

/**
 * The pages the first screen does not show, each in its own chunk: the first screen (drafts and reviews) loads
 * without the form library, the wizard, the checker page and the export panel. The service worker keeps every
 * chunk for offline use, and `loadPagesWhenIdle` fetches them once the first screen is up, so opening one waits
 * for nothing.
 */
const loaders = {
  wizard: () => import('../features/wizard/wizard'),
  pdfExport: () => import('../features/pdf-export/pdf-export-panel'),
  followUp: () => import('../features/follow-up/follow-up-offer'),
  checkFile: () => import('../features/check-file/check-file-page'),
  reviewEditor: () => import('../features/review/review-editor'),
};

/** A page from its chunk; a failed fetch is told apart from an error the page throws while it renders. */
export function lazyPage<M, P extends object>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>) {
  return lazy(() => load().then((m) => ({ default: pick(m) }), (err: unknown) => {
    throw new PageLoadError(err);
  }));
}

export const Wizard = lazyPage(loaders.wizard, (m) => m.Wizard);
export const PdfExportPanel = lazyPage(loaders.pdfExport, (m) => m.PdfExportPanel);
export const FollowUpOffer = lazyPage(loaders.followUp, (m) => m.FollowUpOffer);
export const CheckFilePage = lazyPage(loaders.checkFile, (m) => m.CheckFilePage);
export const ReviewEditor = lazyPage(loaders.reviewEditor, (m) => m.ReviewEditor);

/** Fetches every page's chunk once the browser is idle after the first screen; a failure waits for first use. */
export function loadPagesWhenIdle(): void {
  const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 2000));
  idle(() => {
    for (const load of Object.values(loaders)) load().catch(() => undefined);
  }, { timeout: 10_000 });
}
