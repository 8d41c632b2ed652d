import { lazy, useState, type ComponentType } from 'react';

/** The code of a page could not be fetched (offline before the service worker kept it): not a bug in the page. */
export class PageLoadError extends Error {
  constructor(cause: unknown) {
    super('A page of the app could not be loaded', { cause });
    this.name = 'PageLoadError';
  }
}

/**
 * A page whose code loads on first use. Once its code is in (fetched at idle, or by an earlier visit), a page
 * renders at once, without Suspense: a suspended first render would show "Loading…" and React holds a fallback
 * on screen for some 300 ms, which made opening a draft 250 ms slower. A failed fetch is told apart from an
 * error the page throws while it renders.
 */
export function lazyPage<M, P extends object>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>) {
  let ready: ComponentType<P> | undefined;
  const fetchCode = () => load().then((m) => (ready = pick(m)));
  const Lazy = lazy(() => fetchCode().then((page) => ({ default: page }), (err: unknown) => {
    throw new PageLoadError(err);
  }));
  function Page(props: P) {
    // Chosen once for each mount, so that a mounted page is never swapped for the other kind (which would reset
    // its state), whatever React does with a mount that suspended.
    const [Direct] = useState(() => ready);
    return Direct ? <Direct {...props} /> : <Lazy {...props} />;
  }
  return Object.assign(Page, { preload: () => fetchCode().then(() => undefined) });
}

/**
 * The pages the first screen does not show, each in its own chunk: the first screen (drafts and reviews) loads
 * without the form library, the wizard, the checker page and the export panel. The service worker keeps every
 * chunk for offline use, and `loadPages` fetches them once the first screen is up.
 */
export const Wizard = lazyPage(() => import('../features/wizard/wizard'), (m) => m.Wizard);
export const PdfExportPanel = lazyPage(() => import('../features/pdf-export/pdf-export-panel'), (m) => m.PdfExportPanel);
export const FollowUpOffer = lazyPage(() => import('../features/follow-up/follow-up-offer'), (m) => m.FollowUpOffer);
export const CheckFilePage = lazyPage(() => import('../features/check-file/check-file-page'), (m) => m.CheckFilePage);
export const ReviewEditor = lazyPage(() => import('../features/review/review-editor'), (m) => m.ReviewEditor);

/** Fetches every page's code (the shell calls it once the browser is idle); a failure waits for first use. */
export function loadPages(): void {
  for (const page of [Wizard, PdfExportPanel, FollowUpOffer, CheckFilePage, ReviewEditor]) page.preload().catch(() => undefined);
}
