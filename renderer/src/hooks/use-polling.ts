import { useEffect, useLayoutEffect, useRef } from 'react';
import { useAppStore } from '../stores/app-store';
import { sessionSelectors } from '../stores/session/selectors';

/**
 * Calls `fn` now and every `ms` while mounted, except while the screen is locked (main would refuse
 * anyway); unlocking reads at once. Used for views that must follow what others do (the counter board).
 */
export const usePolling = (fn: () => void, ms: number) => {
  const locked = useAppStore(sessionSelectors.locked);
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  useEffect(() => {
    if (locked) return undefined;
    latest.current();
    const id = window.setInterval(() => latest.current(), ms);
    return () => window.clearInterval(id);
  }, [ms, locked]);
};
