import { useEffect, useLayoutEffect, useRef } from 'react';

/** Calls `fn` now and every `ms` while mounted. */
export const useInterval = (fn: () => void, ms: number) => {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  useEffect(() => {
    latest.current();
    const id = window.setInterval(() => latest.current(), ms);
    return () => window.clearInterval(id);
  }, [ms]);
};
