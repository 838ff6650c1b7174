import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpTransport } from '../../../electron/main/sync/http-transport';
import { createTestSecretStore } from '../../../electron/main/sync/secret-store';
import { createTestApp, setUpAdmin } from '../../../electron/main/testing/app-fixture';
import type { TestApp } from '../../../electron/main/testing/app-fixture';
import type { CaseMilestone } from '../../../shared/domain/inspection-case';
import type { SyncStatusValue } from '../../../shared/ipc/contract-sync';
import { post } from './harness';
import { startPublicHub } from './public-fixtures';
import type { PublicHub } from './public-fixtures';

/**
 * The milestone API and a real desktop: a case made at the counter syncs up, the central system
 * posts a milestone, and the desktop's next sync applies it — its SQLite keeps foreign keys, so
 * the milestone's recorder must be a staff row there too.
 */
let hub: PublicHub;
let app: TestApp;
beforeAll(async () => {
  // The hub's clock runs: the desktop's case is received "now".
  hub = await startPublicHub({ seeder: false, now: () => new Date() });
  app = createTestApp({
    secretStore: createTestSecretStore(),
    syncAuto: false,
    syncTransport: (endpoint) => createHttpTransport(endpoint, { timeoutMs: 10_000 }),
  });
  await setUpAdmin(app);
  await app.ok('admin', 'sync:enroll', { hubUrl: hub.url, code: hub.hub.bootstrapCode, deviceName: 'counter-1' });
});
afterAll(async () => {
  app?.close();
  await hub?.stop();
});

const syncNow = async () => {
  const status = await app.ok<SyncStatusValue>('admin', 'sync:now');
  expect(status).toMatchObject({ problem: null, pending: 0, online: true });
};

describe('an integration milestone on a desktop', () => {
  it('arrives with the next sync, recorded by an inactive staff row naming the system', async () => {
    const { caseId } = await app.ok<{ caseId: string }>('admin', 'case:create', {
      caseNumber: 'TN1150401',
      company: { name: '永昌電器股份有限公司', ubn: null },
      category: 'electrical',
      productName: '吹風機',
      contactName: '陳美玲',
      contactPhone: '0912-345-678',
      productModel: 'HD-1200',
      unitId: 'unit-s1',
      officerId: null,
    });
    await syncNow();

    const at = new Date().toISOString();
    const res = await post(`${hub.url}/api/v1/cases/TN1150401/milestones`, hub.keys['bureau-central'] ?? '', { kind: 'testing', at, note: '送驗' }, {
      'idempotency-key': 'desktop-evt-0001',
    });
    expect(res.status).toBe(201);
    await syncNow();

    const detail = await app.ok<{ summary: { status: string }; milestones: CaseMilestone[] }>('admin', 'case:get', { caseId });
    expect(detail.summary.status).toBe('testing');
    expect(detail.milestones.map((m) => [m.kind, m.recordedBy])).toContainEqual(['testing', 'integration-bureau-central']);
    const db = app.ctx.db!;
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    expect(db.prepare("SELECT name, active FROM staff WHERE id = 'integration-bureau-central'").get()).toEqual({ name: '外部系統 bureau-central', active: 0 });

    // The desktop's own next milestone still follows the rules after it.
    const next = await app.call('admin', 'case:addMilestone', { caseId, kind: 'reviewing', at: new Date().toISOString(), note: '' });
    expect(next.ok).toBe(true);
    await syncNow();
  });
});
