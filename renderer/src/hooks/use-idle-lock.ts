import { useEffect, useLayoutEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 5_000;
/** While the person is active, main hears from us at most this often (main locks idle sessions too). */
const KEEP_ALIVE_EVERY_MS = 60_000;

/**
 * Detects idleness in the window: no input for `minutes` calls `onIdle`. While there is input,
 * `onActive` is called now and then so main, which only sees IPC calls, does not lock a person
 * who is busy typing a long form.
 */
export const useIdleLock = (opts: { enabled: boolean; minutes: number; onIdle: () => void; onActive: () => void }) => {
  const latest = useRef(opts);
  useLayoutEffect(() => {
    latest.current = opts;
  });
  const { enabled, minutes } = opts;

  useEffect(() => {
    if (!enabled) return undefined;
    let lastInput = Date.now();
    let lastKeepAlive = Date.now();
    const mark = () => {
      lastInput = Date.now();
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, mark, { capture: true, passive: true });
    const timer = window.setInterval(() => {
      const now = Date.now();
      if (now - lastInput >= minutes * 60_000) {
        latest.current.onIdle();
        return;
      }
      if (lastInput > lastKeepAlive && now - lastKeepAlive >= KEEP_ALIVE_EVERY_MS) {
        lastKeepAlive = now;
        latest.current.onActive();
      }
    }, CHECK_EVERY_MS);
    return () => {
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, mark, { capture: true });
      window.clearInterval(timer);
    };
  }, [enabled, minutes]);
};
