import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Area } from '../shell/areas';

/**
 * Alt+<digit> opens an area the person may use (Alt+0 home); Ctrl+L locks the screen. Uses
 * `event.code` so the digits work whatever the keyboard layout or input method.
 */
export const useShellShortcuts = (opts: {
  enabled: boolean;
  areas: readonly Area[];
  go: (path: string) => void;
  lock: () => void;
}) => {
  const latest = useRef(opts);
  useLayoutEffect(() => {
    latest.current = opts;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { enabled, areas, go, lock } = latest.current;
      if (!enabled || e.isComposing) return;
      if (e.ctrlKey && !e.altKey && !e.shiftKey && !e.metaKey && e.code === 'KeyL') {
        e.preventDefault();
        lock();
        return;
      }
      const digit = /^(?:Digit|Numpad)([0-9])$/.exec(e.code)?.[1];
      if (e.altKey && !e.ctrlKey && !e.metaKey && digit !== undefined) {
        const area = areas.find((a) => a.digit === Number(digit));
        if (area) {
          e.preventDefault();
          go(area.path);
        }
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
};
