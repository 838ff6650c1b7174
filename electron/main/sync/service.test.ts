import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../../shared/ipc/errors';
import { createTestSecretStore } from './secret-store';
import { syncStateQueries } from './state';
import { syncOutboxQueries } from './sync-outbox';
import { createFakeHub } from './testing/fake-hub';
import type { FakeHub } from './testing/fake-hub';
import referenceSeed from '../../../resources/seed/reference.json';
import type { MutationArgs } from '../../../shared/mutations/registry';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { syncedSnapshot } from './digest';
import { ADMIN, ADMIN_ID, must, startBranch, SYSTEM, VERIFIER } from './testing/scenario';
import { openTestDesktop } from './testing/test-desktop';
import type { TestDesktop } from './testing/test-desktop';
import { SyncTransportError } from './transport';

const open: TestDesktop[] = [];
afterEach(() => open.splice(0).forEach((d) => d.close()));
const HUB_URL = 'https://hub.example.test';

const desktop = (hub: FakeHub, sync: Parameters<typeof openTestDesktop>[1] = {}) => {
  const d = openTestDesktop(hub.transportFor, sync);
  open.push(d);
  return d;
};
const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppFailure) return { code: err.code, reason: err.extra.reason };
    throw err;
  }
  throw new Error('expected a refusal');
};

describe('sync service', () => {
  it('keeps the device token sealed: the database never holds it in plain text', async () => {
    const hub = createFakeHub();
    const a = desktop(hub);
    startBranch(a.executor);
    await a.sync.enroll({ hubUrl: `${HUB_URL}/`, code: hub.newCode(), deviceName: '櫃台一' });
    const token = hub.tokenOf(a.deviceId);
    expect(token).toMatch(/^token-/);
    const row = syncStateQueries(a.db).get();
    expect(row).toMatchObject({ hub_url: HUB_URL, device_name: '櫃台一', branch_id: 'branch-main' });
    expect(row.sealed_token).not.toContain(token);
    const dump = JSON.stringify(a.db.prepare('SELECT * FROM sync_state').all());
    expect(dump).not.toContain(token!);
    expect(a.sync.settings()).toMatchObject({ hubUrl: HUB_URL, deviceId: a.deviceId, secretStoreAvailable: true });
  });

  it('refuses to enroll without a working secret store, before spending the code', async () => {
    const hub = createFakeHub();
    const a = desktop(hub, { sync: { secretStore: { ...createTestSecretStore(), available: () => false } } });
    startBranch(a.executor);
    const code = hub.newCode();
    expect(await refusal(a.sync.enroll({ hubUrl: HUB_URL, code, deviceName: 'x' }))).toEqual({ code: 'rejected', reason: 'SECRET_STORE_UNAVAILABLE' });
    expect(hub.calls).toEqual([]);
    expect(a.sync.status().configured).toBe(false);
  });

  it('names why enrollment failed: a bad address, a used code, an unreachable hub', async () => {
    const hub = createFakeHub();
    const a = desktop(hub);
    startBranch(a.executor);
    expect(await refusal(a.sync.enroll({ hubUrl: 'hub.example', code: 'ABCD-EFGH', deviceName: 'x' }))).toEqual({ code: 'rejected', reason: 'HUB_URL_INVALID' });
    expect(await refusal(a.sync.enroll({ hubUrl: HUB_URL, code: 'ABCD-EFGH', deviceName: 'x' }))).toEqual({ code: 'rejected', reason: 'ENROLLMENT_CODE_INVALID' });
    hub.faults.offline = true;
    expect(await refusal(a.sync.enroll({ hubUrl: HUB_URL, code: hub.newCode(), deviceName: 'x' }))).toEqual({ code: 'rejected', reason: 'HUB_UNREACHABLE' });
    expect(a.sync.status()).toMatchObject({ configured: false, pending: 5 });
  });

  it('joining: nothing local is kept, sequence numbers follow the hub, set-up is then blocked by the branch’s own', async () => {
    const hub = createFakeHub();
    const a = desktop(hub);
    startBranch(a.executor);
    await a.sync.enroll({ hubUrl: HUB_URL, code: hub.newCode(), deviceName: 'A' });
    const b = desktop(hub);
    // An install that seeded once (an older build did so on open) but nobody ever used.
    must(b.executor.apply('reference.seed', referenceSeed as MutationArgs<'reference.seed'>, SYSTEM));
    must(b.executor.apply('parameter.set', { key: 'citizen.hourlyWage', value: 999 }, SYSTEM));
    expect(syncOutboxQueries(b.db).bounds().n).toBe(2);
    const { code } = await a.sync.issueCode(ADMIN_ID);
    const s = await b.sync.join({ hubUrl: HUB_URL, code, deviceName: 'B' });
    expect(s).toMatchObject({ configured: true, online: true, pending: 0, awaitingSnapshot: false });
    expect(syncOutboxQueries(b.db).nextSeq()).toBe(1);
    expect(b.executor.stores.parameters.get('citizen.hourlyWage')?.value).toBe(200);
    expect(canonicalJson(syncedSnapshot(b.executor.stores))).toBe(canonicalJson(hub.snapshot()));
    expect(b.executor.stores.staff.get(ADMIN_ID)?.username).toBe('admin');
    expect(b.executor.stores.credentials.get(ADMIN_ID)).toBeDefined();
    // Joined and copied: the branch is set up here too, so joining again is refused.
    expect(await refusal(b.sync.join({ hubUrl: HUB_URL, code: hub.newCode(), deviceName: 'B' }))).toEqual({ code: 'setup_done', reason: undefined });
    // B's first own mutation is seq 1 for the hub.
    must(b.executor.apply('parameter.set', { key: 'citizen.hourlyWage', value: 215 }, ADMIN));
    await b.sync.runNow();
    expect(hub.lastSeqOf(b.deviceId)).toBe(1);
    expect(b.sync.status()).toMatchObject({ pending: 0, rejected: 0 });
  });

  it('enrolling on a hub that knows none of this device renumbers the outbox from lastSeq + 1', async () => {
    const hub1 = createFakeHub();
    const a = desktop(hub1, { sync: { transportFor: (h) => (h.url.includes('hub2') ? hub2.transportFor(h) : hub1.transportFor(h)) } });
    const hub2 = createFakeHub();
    startBranch(a.executor);
    await a.sync.enroll({ hubUrl: HUB_URL, code: hub1.newCode(), deviceName: 'A' });
    must(a.executor.apply('parameter.set', { key: 'citizen.hourlyWage', value: 220 }, ADMIN));
    expect(syncOutboxQueries(a.db).bounds()).toMatchObject({ lo: 6, hi: 6 });
    // The branch moves to a new hub that has the branch's data but has never seen this device.
    hub2.applyDirect('reference.seed', referenceSeed, null);
    hub2.applyDirect('setup.createFirstAdmin', { staffId: ADMIN_ID, unitId: 'unit-s6', name: '管理者', username: 'admin', verifier: VERIFIER }, null);
    hub2.calls.length = 0;
    await a.sync.enroll({ hubUrl: 'https://hub2.example.test', code: hub2.newCode(), deviceName: 'A' });
    expect(hub2.calls.filter((c) => c.op === 'push').map((c) => c.detail)).toEqual([[1]]);
    expect(hub2.lastSeqOf(a.deviceId)).toBe(1);
    expect(syncOutboxQueries(a.db).nextSeq()).toBe(2);
    expect(a.sync.status()).toMatchObject({ pending: 0, rejected: 0 });
    // A full resync from the new hub: its rows only (the pending change re-applied by the hub).
    expect(canonicalJson(syncedSnapshot(a.executor.stores))).toBe(canonicalJson(hub2.snapshot()));
    expect(a.executor.stores.parameters.get('citizen.hourlyWage')?.value).toBe(220);
  });

  it('a token the secret store cannot open halts sync with TOKEN_UNREADABLE', async () => {
    const hub = createFakeHub();
    const store = createTestSecretStore();
    const a = desktop(hub, { sync: { secretStore: store } });
    startBranch(a.executor);
    await a.sync.enroll({ hubUrl: HUB_URL, code: hub.newCode(), deviceName: 'A' });
    a.db.prepare("UPDATE sync_state SET sealed_token = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'").run();
    const s = await a.sync.runNow();
    expect(s.problem).toMatchObject({ code: 'TOKEN_UNREADABLE' });
    expect(a.sync.halted()).toBe(true);
  });

  it('a revoked token halts with UNAUTHENTICATED and keeps the outbox', async () => {
    const hub = createFakeHub();
    const a = desktop(hub);
    startBranch(a.executor);
    await a.sync.enroll({ hubUrl: HUB_URL, code: hub.newCode(), deviceName: 'A' });
    must(a.executor.apply('parameter.set', { key: 'citizen.hourlyWage', value: 220 }, ADMIN));
    hub.addDevice(a.deviceId, 'a-different-token-a-different-token');
    expect(await a.sync.runNow()).toMatchObject({ pending: 1, problem: { code: 'UNAUTHENTICATED' } });
    expect(a.sync.halted()).toBe(true);
  });

  it('an admin lists the branch’s desktops (this one marked) and revokes another; itself and unknown ones are refused', async () => {
    const hub = createFakeHub();
    const a = desktop(hub);
    startBranch(a.executor);
    expect(await refusal(a.sync.devices(ADMIN_ID))).toEqual({ code: 'rejected', reason: 'SYNC_NOT_CONFIGURED' });
    await a.sync.enroll({ hubUrl: HUB_URL, code: hub.newCode(), deviceName: 'A' });
    const b = desktop(hub);
    await b.sync.join({ hubUrl: HUB_URL, code: (await a.sync.issueCode(ADMIN_ID)).code, deviceName: 'B' });
    const listed = await a.sync.devices(ADMIN_ID);
    expect(listed.map((d) => [d.name, d.self, d.revoked])).toEqual([
      ['A', true, false],
      ['B', false, false],
    ]);
    expect(await refusal(a.sync.revokeDevice(ADMIN_ID, a.deviceId))).toEqual({ code: 'rejected', reason: 'REVOKE_SELF' });
    expect(await refusal(a.sync.revokeDevice(ADMIN_ID, 'dev-unknown'))).toEqual({ code: 'not_found', reason: 'DEVICE_NOT_IN_BRANCH' });
    expect(await refusal(a.sync.revokeDevice('k1', b.deviceId))).toEqual({ code: 'rejected', reason: 'FORBIDDEN' });
    expect(hub.calls.filter((c) => c.op === 'revokeDevice').map((c) => c.detail)).toEqual(['dev-unknown', b.deviceId]);
    await a.sync.revokeDevice(ADMIN_ID, b.deviceId);
    expect((await a.sync.devices(ADMIN_ID)).find((d) => d.deviceId === b.deviceId)).toMatchObject({ revoked: true, self: false });
    expect(await b.sync.runNow()).toMatchObject({ problem: { code: 'UNAUTHENTICATED' } });
    hub.faults.offline = true;
    expect(await refusal(a.sync.devices(ADMIN_ID))).toEqual({ code: 'rejected', reason: 'HUB_UNREACHABLE' });
  });

  it('settings: a new address of the same hub keeps the token; the interval is bounded; both need enrollment first', async () => {
    const hub = createFakeHub();
    const a = desktop(hub);
    startBranch(a.executor);
    expect(await refusal(Promise.resolve().then(() => a.sync.saveSettings({ hubUrl: HUB_URL })))).toEqual({ code: 'rejected', reason: 'SYNC_NOT_CONFIGURED' });
    await a.sync.enroll({ hubUrl: HUB_URL, code: hub.newCode(), deviceName: 'A' });
    const sealed = syncStateQueries(a.db).get().sealed_token;
    expect(a.sync.saveSettings({ hubUrl: 'https://hub2.example.test:8443', intervalSeconds: 60 })).toMatchObject({
      hubUrl: 'https://hub2.example.test:8443',
      intervalSeconds: 60,
    });
    expect(syncStateQueries(a.db).get().sealed_token).toBe(sealed);
    expect(() => a.db.prepare('UPDATE sync_state SET interval_seconds = 1').run()).toThrow(/CHECK/);
  });

  it('the transport’s failure kinds map to offline, a retrying problem or a halting one', async () => {
    const hub = createFakeHub();
    const failing = (err: Error) =>
      desktop(hub, {
        sync: {
          transportFor: (h) => ({
            ...hub.transportFor(h),
            push: async () => {
              throw err;
            },
          }),
        },
      });
    const cases: [Error, object][] = [
      [new SyncTransportError('network', 'reset'), { online: false, problem: null }],
      [new SyncTransportError('protocol', 'html'), { online: true, problem: { code: 'PROTOCOL' } }],
      [new SyncTransportError('hub', 'slow down', 429, 'RATE_LIMITED'), { online: true, problem: { code: 'RATE_LIMITED' } }],
      [new SyncTransportError('hub', 'boom', 500, 'INTERNAL'), { online: true, problem: { code: 'HUB_ERROR' } }],
      [new SyncTransportError('hub', 'too big', 413, 'BODY_TOO_LARGE'), { online: true, problem: { code: 'MUTATION_TOO_LARGE' } }],
    ];
    for (const [err, expected] of cases) {
      const d = failing(err);
      startBranch(d.executor);
      await d.sync.enroll({ hubUrl: HUB_URL, code: hub.newCode(), deviceName: 'x' });
      expect(await d.sync.runNow()).toMatchObject({ pending: 5, ...expected });
    }
  });
});

describe('sync service with automatic runs', () => {
  /** Timers that fire only when the test says so. */
  const manualTimers = () => {
    const armed = new Map<number, () => void>();
    let id = 0;
    return {
      timers: {
        setTimeout: (fn: () => void) => {
          armed.set(++id, fn);
          return id;
        },
        clearTimeout: (h: unknown) => void armed.delete(h as number),
      },
      armed: () => armed.size,
      fireAll: async () => {
        const due = [...armed.values()];
        armed.clear();
        due.forEach((f) => f());
        for (let i = 0; i < 20; i++) await Promise.resolve();
      },
    };
  };

  it('a local change makes a run soon after; a halting problem arms nothing more, whatever changes', async () => {
    const hub = createFakeHub();
    const time = manualTimers();
    const a = desktop(hub, { sync: { auto: true, scheduler: { timers: time.timers, random: () => 1 } } });
    startBranch(a.executor);
    await a.sync.enroll({ hubUrl: HUB_URL, code: hub.newCode(), deviceName: 'A' });
    await time.fireAll();
    expect(a.sync.status()).toMatchObject({ pending: 0, online: true });

    must(a.executor.apply('parameter.set', { key: 'citizen.hourlyWage', value: 230 }, ADMIN));
    expect(time.armed()).toBe(1);
    await time.fireAll();
    await vi.waitFor(() => expect(a.sync.status()).toMatchObject({ pending: 0, syncing: false }));
    expect(hub.snapshot().parameters['citizen.hourlyWage']?.value).toBe(230);

    hub.faults.schemaVersion += 1;
    must(a.executor.apply('parameter.set', { key: 'citizen.hourlyWage', value: 231 }, ADMIN));
    await time.fireAll();
    await vi.waitFor(() => expect(a.sync.status().problem?.code).toBe('SCHEMA_MISMATCH'));
    const pushes = hub.calls.filter((c) => c.op === 'push').length;
    for (let i = 0; i < 5; i++) must(a.executor.apply('parameter.set', { key: 'citizen.hourlyWage', value: 232 + i }, ADMIN));
    expect(time.armed()).toBe(0);
    await time.fireAll();
    expect(hub.calls.filter((c) => c.op === 'push').length).toBe(pushes);
    expect(a.sync.status().pending).toBe(6);
  });
});
