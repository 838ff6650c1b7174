import { useCallback, useEffect, useRef, useState } from 'react';
import type { VisitSheetContent } from '../../../shared/mutations/visit-sheet';
import type { AppError, Result } from '../../../shared/ipc/errors';
import { clearBackup, writeBackup } from './record-backup';
import type { BackupStorage } from './record-backup';

/** Quiet time after the last change before the sheet is saved. */
export const AUTOSAVE_DELAY_MS = 700;
/** A failed save (database busy, disk full) is tried again after this. */
export const AUTOSAVE_RETRY_MS = 5000;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'failed'; error: AppError };

/** Refusals that saving again cannot cure (the sheet was submitted or signed meanwhile, someone else's). */
const permanent = (e: AppError) => e.code === 'rejected' || e.code === 'forbidden' || e.code === 'invalid_input' || e.code === 'not_found';

/**
 * Saves the 附件1 as it is typed: every change goes to a local copy at once, and to main after a short
 * pause; a failed save keeps the copy and tries again, unless main refused for good. `flush` saves now
 * (before submitting); leaving the page saves what is pending.
 */
export const useAutosave = (opts: {
  visitId: string;
  storage: BackupStorage | undefined;
  save: (content: VisitSheetContent) => Promise<Result<unknown>>;
  now?: () => number;
}) => {
  const { visitId, storage } = opts;
  const latestOpts = useRef(opts);
  useEffect(() => {
    latestOpts.current = opts;
  });
  const pending = useRef<VisitSheetContent | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const running = useRef<Promise<boolean> | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  const flush = useCallback(async function flushNow(): Promise<boolean> {
    window.clearTimeout(timer.current);
    // One save at a time; changes made meanwhile are saved right after.
    while (running.current) await running.current;
    const content = pending.current;
    if (!content) return true;
    const run = (async () => {
      setState({ kind: 'saving' });
      const r = await latestOpts.current.save(content);
      if (r.ok) {
        if (pending.current === content) {
          pending.current = null;
          clearBackup(storage, visitId);
          setState({ kind: 'saved', at: (latestOpts.current.now ?? Date.now)() });
        }
        return true;
      }
      setState({ kind: 'failed', error: r.error });
      if (!permanent(r.error)) timer.current = window.setTimeout(() => void flushNow(), AUTOSAVE_RETRY_MS);
      return false;
    })();
    running.current = run;
    try {
      const ok = await run;
      // Typed while saving: save that too.
      if (ok && pending.current && pending.current !== content) return await flushNow();
      return ok;
    } finally {
      if (running.current === run) running.current = null;
    }
  }, [storage, visitId]);

  const change = useCallback(
    (content: VisitSheetContent) => {
      pending.current = content;
      writeBackup(storage, visitId, content, (latestOpts.current.now ?? Date.now)());
      setState({ kind: 'dirty' });
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [storage, visitId, flush],
  );

  // Leaving the page (or the app) saves what is pending; the local copy covers a save that never lands.
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      if (pending.current) void latestOpts.current.save(pending.current);
    },
    [],
  );

  return { state, change, flush, hasPending: () => pending.current !== null };
};
