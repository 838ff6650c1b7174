import { describe, expect, it } from 'vitest';
import { SYNC_PROBLEM_CODES } from '../../../shared/sync/problems';
import type { SyncStatusValue } from '../../../shared/ipc/contract-sync';
import { translatorFor } from '../i18n/translate';
import { mutationLabel, problemText, rejectionAdvice, relativeAgo, syncSummary } from './sync-text';

const zh = translatorFor('zh-TW');
const en = translatorFor('en');
const NOW = Date.parse('2026-11-27T03:00:00.000Z');
const status = (over: Partial<SyncStatusValue>): SyncStatusValue => ({
  configured: true,
  online: true,
  syncing: false,
  lastSyncAt: '2026-11-27T02:57:00.000Z',
  lastAttemptAt: null,
  pending: 2,
  rejected: 0,
  problem: null,
  awaitingSnapshot: false,
  ...over,
});

describe('sync wording', () => {
  it('says how long ago in Traditional Chinese (and English)', () => {
    const ago = (ms: number) => new Date(NOW - ms).toISOString();
    expect([20_000, 3 * 60_000, 59 * 60_000, 2 * 3_600_000, 3 * 86_400_000].map((ms) => relativeAgo(ago(ms), NOW, zh))).toEqual([
      '剛剛',
      '3 分鐘前',
      '59 分鐘前',
      '2 小時前',
      '3 天前',
    ]);
    expect(relativeAgo(ago(3 * 60_000), NOW, en)).toBe('3 min ago');
    // A device clock behind the hub's is never "in the future".
    expect(relativeAgo(new Date(NOW + 60_000).toISOString(), NOW, zh)).toBe('剛剛');
  });

  it('puts state, last sync and pending count on one status-bar line', () => {
    expect(syncSummary(status({}), NOW, zh)).toBe('已連線 · 上次同步 3 分鐘前 · 待同步 2 筆');
    expect(syncSummary(status({ online: false, lastSyncAt: null }), NOW, zh)).toBe('離線 · 尚未同步 · 待同步 2 筆');
    expect(syncSummary(status({ problem: { code: 'SCHEMA_MISMATCH', message: 'x' } }), NOW, zh)).toMatch(/^請更新程式 · /);
    expect(syncSummary(status({ configured: false, online: null }), NOW, zh)).toBe('未設定同步伺服器（僅本機使用）· 待同步 2 筆');
    expect(syncSummary(null, NOW, zh)).toBe('同步狀態讀取中…');
  });

  it('words every sync problem code, in both languages', () => {
    for (const code of SYNC_PROBLEM_CODES) {
      for (const t of [zh, en]) {
        const { label, detail } = problemText(code, t);
        expect(label, code).not.toMatch(/syncProblem/);
        expect(detail.length, code).toBeGreaterThan(label.length);
      }
    }
    expect(problemText('SCHEMA_MISMATCH', zh).label).toBe('請更新程式');
  });

  it('maps rejection codes to a reason and what to do, falling back to the app’s refusal wording, then a generic one', () => {
    expect(rejectionAdvice('ESCORT_BUSY', zh)).toEqual({ reason: '此專人已在服務其他來洽人', action: '請改派其他同仁，或待其服務結束後再指派。' });
    for (const code of ['VEHICLE_OVERLAP', 'RECORD_SIGNED', 'FORBIDDEN', 'UNKNOWN_ACTOR', 'INVALID_ARGS', 'MUTATOR_FAILED', 'SETUP_DONE']) {
      const a = rejectionAdvice(code, zh);
      expect(a.reason, code).toMatch(/[\u4e00-\u9fff]/);
      expect(a.action, code).toMatch(/請/);
    }
    // Known to the app as a refusal: its sentence says what to do already.
    expect(rejectionAdvice('ESCORT_ABSENT', zh)).toEqual({ reason: '這位同仁今天已登記請假或公出，請改派其他同仁。', action: null });
    // A sentence that needs details the hub does not send is not used half-filled.
    expect(rejectionAdvice('USERNAME_TAKEN', zh).reason).toBe('此登入帳號已有人使用，請改用其他帳號。');
    expect(rejectionAdvice('SOMETHING_NEW', zh)).toEqual({
      reason: '分局伺服器未接受此異動（代碼 SOMETHING_NEW）',
      action: '本機已改回伺服器的資料。請確認最新狀態後再操作；如有疑問，請洽系統管理者。',
    });
    expect(rejectionAdvice('ESCORT_BUSY', en).reason).toBe('This escort is already serving another visitor');
  });

  it('names the mutation as the audit log does', () => {
    expect(mutationLabel('escort.assign', zh)).toBe('指派專人');
    expect(mutationLabel('future.thing', zh)).toBe('future.thing');
  });
});
