import { useCallback, useEffect, useState } from 'react';

/** `#/` home, `#/check` the file check, `#/review/<id>` a review, `#/draft/<id>/<step>` a draft at a step. */
export type Route = { page: 'home' } | { page: 'check' } | { page: 'review'; id: string } | { page: 'draft'; id: string; step?: string };

export function parseHash(hash: string): Route {
  const [, page, id, step] = hash.replace(/^#/, '').split('/');
  if (page === 'draft' && id) return { page: 'draft', id: decodeURIComponent(id), step: step ? decodeURIComponent(step) : undefined };
  if (page === 'review' && id) return { page: 'review', id: decodeURIComponent(id) };
  if (page === 'check') return { page: 'check' };
  return { page: 'home' };
}

export function routeHash(route: Route): string {
  if (route.page === 'home') return '#/';
  if (route.page === 'check') return '#/check';
  if (route.page === 'review') return `#/review/${encodeURIComponent(route.id)}`;
  return `#/draft/${encodeURIComponent(route.id)}${route.step ? `/${encodeURIComponent(route.step)}` : ''}`;
}

export function useHashRoute() {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route, replace = false) => {
    const hash = routeHash(next);
    if (replace) window.history.replaceState(null, '', hash);
    else window.location.hash = hash;
    setRoute(next);
  }, []);
  return { route, navigate };
}
