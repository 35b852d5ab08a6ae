import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseRoute, routeHash, type Route } from './route';

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

const getHash = () => window.location.hash;

export function useRoute(): { route: Route; navigate: (route: Route) => void } {
  const hash = useSyncExternalStore(subscribe, getHash);
  const route = useMemo(() => parseRoute(hash), [hash]);
  const navigate = useCallback((next: Route) => {
    window.location.hash = routeHash(next);
  }, []);
  return { route, navigate };
}
