import { useCallback, useEffect, useRef, useState } from 'react';
import { useAppStore } from '../stores/app-store';
import { counterSelectors } from '../stores/counter/selectors';
import type { LookupResult } from '../stores/counter/slice';

const EMPTY: LookupResult = { visitors: [], companies: [] };
export const LOOKUP_DEBOUNCE_MS = 200;

/**
 * Returning visitors and companies for what the clerk is typing: asks main 200 ms after the last
 * keystroke, and keeps only the answer to the latest question.
 */
export const useLookup = () => {
  const lookup = useAppStore(counterSelectors.lookup);
  const [result, setResult] = useState<LookupResult>(EMPTY);
  const timer = useRef<number | undefined>(undefined);
  const asked = useRef(0);

  const clear = useCallback(() => {
    window.clearTimeout(timer.current);
    asked.current += 1;
    setResult(EMPTY);
  }, []);

  const search = useCallback(
    (typed: string) => {
      window.clearTimeout(timer.current);
      const q = typed.trim().slice(0, 50);
      if (q === '') {
        clear();
        return;
      }
      timer.current = window.setTimeout(() => {
        const mine = ++asked.current;
        void lookup(q).then((r) => {
          if (mine === asked.current) setResult(r.ok ? r.value : EMPTY);
        });
      }, LOOKUP_DEBOUNCE_MS);
    },
    [lookup, clear],
  );

  useEffect(() => () => window.clearTimeout(timer.current), []);
  return { result, search, clear };
};
