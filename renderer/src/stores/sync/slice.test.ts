import { describe, expect, it } from 'vitest';
import type { SyncDevice, SyncRejection, SyncStatusValue } from '../../../../shared/ipc/contract-sync';
import { fakeBackend, localSyncStatus, ok } from '../fake-client';
import { syncSelectors } from './selectors';

const status = (over: Partial<SyncStatusValue> = {}): SyncStatusValue => ({
  ...localSyncStatus(0),
  configured: true,
  online: true,
  lastSyncAt: '2026-11-27T01:30:00.000Z',
  ...over,
});
const rejection = (id: string): SyncRejection => ({
  mutationId: id,
  seq: 7,
  name: 'escort.assign',
  summary: 'assign escort e1',
  code: 'ESCORT_BUSY',
  message: 'staff is already escorting another visitor',
  actorId: 'k1',
  actorName: '林櫃台',
  deviceTime: '2026-11-27T01:00:00.000Z',
  receivedAt: '2026-11-27T01:31:00.000Z',
});

describe('sync slice', () => {
  it('sync now: shows the run, takes its status, and re-reads an open rejection list', async () => {
    let list = [rejection('m1')];
    const { store, calls } = fakeBackend({
      'sync:now': () => ok(status({ rejected: list.length })),
      'sync:rejections': () => ok(list),
    });
    store.getState().setRejectionsOpen(true);
    await Promise.resolve();
    const running = store.getState().syncNow();
    expect(syncSelectors.running(store.getState())).toBe(true);
    await running;
    expect(syncSelectors.running(store.getState())).toBe(false);
    expect(syncSelectors.rejectedCount(store.getState())).toBe(1);
    expect(syncSelectors.rejections(store.getState()).map((r) => r.mutationId)).toEqual(['m1']);
    list = [];
    await store.getState().syncNow();
    expect(syncSelectors.rejections(store.getState())).toEqual([]);
    expect(calls.filter((c) => c.channel === 'sync:rejections').length).toBeGreaterThanOrEqual(2);
  });

  it('dismissing a rejection reads the list and the badge again (also when it was dismissed elsewhere)', async () => {
    let list = [rejection('m1'), rejection('m2')];
    const { store } = fakeBackend({
      'sync:dismiss': ({ mutationId }) => {
        if (!list.some((r) => r.mutationId === mutationId)) return { ok: false, error: { code: 'not_found', message: '' } };
        list = list.filter((r) => r.mutationId !== mutationId);
        return ok({ done: true as const });
      },
      'sync:rejections': () => ok(list),
      'sync:status': () => ok(status({ rejected: list.length })),
    });
    await store.getState().loadSyncRejections();
    await store.getState().dismissRejection('m1');
    expect(syncSelectors.rejections(store.getState()).map((r) => r.mutationId)).toEqual(['m2']);
    expect(syncSelectors.rejectedCount(store.getState())).toBe(1);
    list = [];
    const again = await store.getState().dismissRejection('m2');
    expect(again.ok).toBe(false);
    expect(syncSelectors.rejections(store.getState())).toEqual([]);
    expect(syncSelectors.rejectedCount(store.getState())).toBe(0);
  });

  it('joining a branch boots the app again (the login screen follows); a refusal leaves it as it was', async () => {
    let joined = false;
    const { store, calls } = fakeBackend({
      'sync:join': ({ code }) => {
        if (code !== 'ABCD-EFGH') return { ok: false, error: { code: 'rejected', message: '', reason: 'ENROLLMENT_CODE_INVALID' } };
        joined = true;
        return ok(status());
      },
      'app:status': () =>
        ok({ state: joined ? ('ready' as const) : ('needs_setup' as const), dbPath: '/d', appVersion: '1', schemaVersion: 1, branchName: '分局', setupUnits: [] }),
      'auth:session': () => ok({ session: null, locked: false }),
    });
    await store.getState().boot();
    const bad = await store.getState().joinBranch({ hubUrl: 'http://hub:8787', code: 'ZZZZ-ZZZZ', deviceName: '櫃台二' });
    expect(bad).toMatchObject({ ok: false, error: { reason: 'ENROLLMENT_CODE_INVALID' } });
    expect(store.getState().status?.state).toBe('needs_setup');
    const good = await store.getState().joinBranch({ hubUrl: 'http://hub:8787', code: 'ABCD-EFGH', deviceName: '櫃台二' });
    expect(good.ok).toBe(true);
    expect(store.getState().status?.state).toBe('ready');
    expect(calls.filter((c) => c.channel === 'app:status').length).toBe(2);
  });

  it('an issued code is kept to show; enrolling reads the settings again', async () => {
    const { store } = fakeBackend({
      'sync:issueCode': () => ok({ code: '7K3M-Q9TX', expiresAt: '2026-11-27T01:45:00.000Z' }),
      'sync:enroll': () => ok(status()),
      'sync:settings': () =>
        ok({ hubUrl: 'http://hub:8787', deviceId: 'd1', deviceName: '櫃台一', branchId: 'branch-main', intervalSeconds: 30, secretStoreAvailable: true }),
    });
    await store.getState().issueEnrollmentCode();
    expect(syncSelectors.issuedCode(store.getState())).toEqual({ code: '7K3M-Q9TX', expiresAt: '2026-11-27T01:45:00.000Z' });
    await store.getState().enrollSync({ hubUrl: 'http://hub:8787', code: 'ABCD-EFGH', deviceName: '櫃台一' });
    expect(syncSelectors.settings(store.getState())?.hubUrl).toBe('http://hub:8787');
    expect(syncSelectors.status(store.getState())?.configured).toBe(true);
    store.getState().clearSync();
    expect(syncSelectors.issuedCode(store.getState())).toBeNull();
  });
  it('the branch’s desktops: a revoke reads the list again; an unreachable hub leaves no list but its reason', async () => {
    const device = (id: string, over: Partial<SyncDevice> = {}): SyncDevice => ({
      deviceId: id,
      name: id,
      enrolledAt: '2026-11-27T01:30:00.000Z',
      lastSeq: 3,
      revoked: false,
      self: false,
      ...over,
    });
    let revoked = false;
    let reachable = true;
    const { store, calls } = fakeBackend({
      'sync:devices': () =>
        reachable
          ? ok([device('dev-a', { self: true }), device('dev-b', { revoked })])
          : { ok: false, error: { code: 'rejected', message: 'reset', reason: 'HUB_UNREACHABLE' } },
      'sync:revokeDevice': ({ deviceId }) => {
        revoked = deviceId === 'dev-b';
        return ok({ done: true as const });
      },
    });
    await store.getState().loadSyncDevices();
    expect(syncSelectors.devices(store.getState())?.map((d) => d.revoked)).toEqual([false, false]);
    expect(await store.getState().revokeSyncDevice('dev-b')).toEqual({ ok: true, value: { done: true } });
    expect(calls.map((c) => c.channel)).toEqual(['sync:devices', 'sync:revokeDevice', 'sync:devices']);
    expect(syncSelectors.devices(store.getState())?.map((d) => d.revoked)).toEqual([false, true]);
    reachable = false;
    await store.getState().loadSyncDevices();
    expect(syncSelectors.devices(store.getState())).toBeNull();
    expect(syncSelectors.devicesError(store.getState())?.reason).toBe('HUB_UNREACHABLE');
  });
});
