import { Component, Suspense, type ReactNode } from 'react';
import { useTranslations } from '../i18n/use-translations';
import { PageLoadError } from './lazy-pages';

function Loading() {
  const { t } = useTranslations();
  return <p role="status" className="muted">{t('app.loading')}</p>;
}

function LoadFailed() {
  const { t } = useTranslations();
  return (
    <div role="alert" className="message error">
      <p>{t('app.pageLoadFailed')}</p>
      <button type="button" onClick={() => window.location.reload()}>{t('app.reload')}</button>
    </div>
  );
}

/**
 * Around a page that loads its code on first use: says it is loading, and says so plainly if the code cannot
 * be fetched (offline before the service worker kept it), instead of leaving a blank page. Drafts are in the
 * browser's database, untouched: reloading loses nothing.
 */
export class PageBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error instanceof PageLoadError) return <LoadFailed />;
    // Any other error is a fault in the page: it goes on up, as it would without this boundary.
    if (error) throw error;
    return <Suspense fallback={<Loading />}>{this.props.children}</Suspense>;
  }
}
