import type { SyncStatusValue } from '../../../shared/ipc/contract-sync';
import { isMessageKey, zhTW } from '../i18n/dictionary';
import type { Translate } from '../i18n/translate';


/** 剛剛 / 3 分鐘前 / 2 小時前 / 5 天前 (or the English) for an instant before `nowMs`. */
export const relativeAgo = (iso: string, nowMs: number, t: Translate): string => {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return iso;
  const minutes = Math.floor(Math.max(0, nowMs - then) / 60_000);
  if (minutes < 1) return t('sync.ago.justNow');
  if (minutes < 60) return t('sync.ago.minutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('sync.ago.hours', { n: hours });
  return t('sync.ago.days', { n: Math.floor(hours / 24) });
};

/** The short name of a sync problem (請更新程式, 需要重新註冊, ...) and what it means for the user. */
export const problemText = (code: string, t: Translate): { label: string; detail: string } => {
  const label = `syncProblem.${code}`;
  const detail = `syncProblem.${code}.detail`;
  return isMessageKey(label) && isMessageKey(detail)
    ? { label: t(label), detail: t(detail) }
    : { label: t('syncProblem.HUB_ERROR'), detail: t('syncProblem.HUB_ERROR.detail') };
};

/** Online / offline / not yet, or the problem that stopped sync. */
export const syncStateText = (sync: SyncStatusValue, t: Translate): string => {
  if (sync.problem) return problemText(sync.problem.code, t).label;
  if (sync.syncing) return t('sync.syncing');
  if (sync.online === true) return t('sync.online');
  if (sync.online === false) return t('sync.offline');
  return t('sync.notYet');
};

/** One line for the status bar: 已連線 · 上次同步 3 分鐘前 · 待同步 2 筆 (or the local-only wording). */
export const syncSummary = (sync: SyncStatusValue | null, nowMs: number, t: Translate): string => {
  if (!sync) return t('status.syncUnknown');
  if (!sync.configured) return t('status.syncLocalOnly', { pending: sync.pending });
  const last = sync.lastSyncAt ? t('sync.lastSync', { when: relativeAgo(sync.lastSyncAt, nowMs, t) }) : t('sync.never');
  return [syncStateText(sync, t), last, t('sync.pending', { count: sync.pending })].join(' · ');
};

/**
 * What the hub's refusal means and what to do, in the user's language: the sync wording for the
 * codes that mostly arise on the hub (ESCORT_BUSY, VEHICLE_OVERLAP, FORBIDDEN, ...), else the app's
 * own refusal sentence for that code (which already says what to do), else a generic one.
 */
export const rejectionAdvice = (code: string, t: Translate): { reason: string; action: string | null } => {
  const reason = `syncReject.${code}`;
  const action = `syncAction.${code}`;
  if (isMessageKey(reason) && isMessageKey(action)) return { reason: t(reason), action: t(action) };
  for (const key of [`reason.${code}_generic`, `reason.${code}`]) {
    // A sentence with placeholders needs details the hub does not send; the _generic one does not.
    if (isMessageKey(key) && !/\{\w+\}/.test(zhTW[key])) return { reason: t(key), action: null };
  }
  return { reason: t('syncReject.generic', { code }), action: t('syncAction.generic') };
};

/** The mutation's name as the audit log words it (指派專人, ...), or the raw name. */
export const mutationLabel = (name: string, t: Translate): string => {
  const key = `auditAction.${name}`;
  return isMessageKey(key) ? t(key) : name;
};
