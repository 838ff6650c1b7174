import type { VisitSheetContent } from '../../../shared/mutations/visit-sheet';
import { visitSheetContentSchema } from '../../../shared/mutations/visit-sheet';

/**
 * A copy of the 附件1 being typed, kept in the browser's storage on every change, so nothing typed is
 * lost if a save fails or the app closes before the debounced save ran. Cleared (set to '') once main
 * holds the same content. Only parseable content is ever restored.
 */
export type BackupStorage = Pick<Storage, 'getItem' | 'setItem'>;

const key = (visitId: string) => `branchdesk.visitRecord.${visitId}`;

export interface RecordBackup {
  content: VisitSheetContent;
  /** When it was typed (ms). */
  at: number;
}

export const writeBackup = (storage: BackupStorage | undefined, visitId: string, content: VisitSheetContent, at: number): void => {
  try {
    storage?.setItem(key(visitId), JSON.stringify({ content, at }));
  } catch {
    // A full or disabled storage costs only the extra copy; the save to main still runs.
  }
};

export const readBackup = (storage: BackupStorage | undefined, visitId: string): RecordBackup | null => {
  try {
    const raw = storage?.getItem(key(visitId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { content?: unknown; at?: unknown };
    const content = visitSheetContentSchema.safeParse(parsed.content);
    return content.success && typeof parsed.at === 'number' ? { content: content.data, at: parsed.at } : null;
  } catch {
    return null;
  }
};

export const clearBackup = (storage: BackupStorage | undefined, visitId: string): void => {
  try {
    storage?.setItem(key(visitId), '');
  } catch {
    // Nothing to do: a stale copy equal to main's content is never shown as a restore.
  }
};

/** Same content, whatever the key order (JSON of a parsed, strict object keeps schema order). */
export const sameContent = (a: VisitSheetContent, b: VisitSheetContent): boolean =>
  JSON.stringify(visitSheetContentSchema.parse(a)) === JSON.stringify(visitSheetContentSchema.parse(b));

export const browserStorage = (): BackupStorage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};
