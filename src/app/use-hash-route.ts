import { useCallback, useEffect, useState } from 'react';

/** `#/` is home, `#/draft/<id>/<step>` a draft at a step; the hash survives a reload, so does the place. */
export type Route = { page: 'home' } | { page: 'draft'; id: string; step?: string };

export function parseHash(hash: string): Route {
  const [, page, id, step] = hash.replace(/^#/, '').split('/');
  if (page === 'draft' && id) return { page: 'draft', id: decodeURIComponent(id), step: step ? decodeURIComponent(step) : undefined };
  return { page: 'home' };
}

export function routeHash(route: Route): string {
  if (route.page === 'home') return '#/';
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
