import { screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../tests/render-with-i18n';
import { lazyPage } from './lazy-pages';
import { PageBoundary } from './page-boundary';

const Page = () => <h2>The page</h2>;

/** Catches what PageBoundary lets through, as a fault in the page should reach whatever is above it. */
class Above extends Component<{ children: ReactNode }, { caught: string }> {
  override state = { caught: '' };
  static getDerivedStateFromError(error: Error) {
    return { caught: error.message };
  }
  override render() {
    return this.state.caught ? <p>caught above: {this.state.caught}</p> : this.props.children;
  }
}

describe('a page that loads its code on first use', () => {
  // React reports every error a boundary catches on the console; the tests look at the page instead.
  beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('says it is loading, then shows the page', async () => {
    let arrive: (m: { Page: typeof Page }) => void = () => {};
    const Lazy = lazyPage(() => new Promise<{ Page: typeof Page }>((done) => { arrive = done; }), (m) => m.Page);
    renderWithI18n(<PageBoundary><Lazy /></PageBoundary>);
    expect((await screen.findByRole('status')).textContent).toBe('Loading…');
    arrive({ Page });
    expect(await screen.findByRole('heading', { name: 'The page' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says plainly that the page could not be loaded, in the interface language, with a way to reload', async () => {
    const Lazy = lazyPage(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')), (m: { Page: typeof Page }) => m.Page);
    renderWithI18n(<PageBoundary><Lazy /></PageBoundary>, 'fr');
    expect((await screen.findByRole('alert')).textContent).toMatch(/n’a pas pu être chargée.*Vos brouillons sont conservés/);
    expect(screen.getByRole('button', { name: 'Recharger la page' })).toBeTruthy();
  });

  it('lets a fault in the page itself go on up, not dressed as a failed load', async () => {
    const Broken = () => {
      throw new Error('a bug in the page');
    };
    const Lazy = lazyPage(() => Promise.resolve({ Broken }), (m) => m.Broken);
    renderWithI18n(<Above><PageBoundary><Lazy /></PageBoundary></Above>);
    expect(await screen.findByText('caught above: a bug in the page')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('renders at once, with no "Loading…", once its code is in (fetched at idle)', async () => {
    const Lazy = lazyPage(() => Promise.resolve({ Page }), (m) => m.Page);
    await Lazy.preload();
    renderWithI18n(<PageBoundary><Lazy /></PageBoundary>);
    expect(screen.getByRole('heading', { name: 'The page' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
