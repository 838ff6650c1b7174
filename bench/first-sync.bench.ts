/*
 * First sync of a new desktop (issue 5): a branch hub (embedded SQLite on a loopback port) holds
 * about 500k rows — inspection cases with their milestones and QR tokens, imported through the
 * real mutators — and a fresh desktop joins with an enrollment code: it enrolls, pulls the whole
 * snapshot page by page and applies each page with its cursor in one transaction (the real sync
 * client on a real SQLite file). Target: at most 60 s. Same-run baseline: fetching the same pages
 * over the same HTTP without applying them.
 *
 * BENCH_SYNC_ROWS (default 500000) rows; BENCH_DIR picks the disk.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestSecretStore } from '../electron/main/sync/secret-store';
import { createTestApp } from '../electron/main/testing/app-fixture';
import { base32 } from '../shared/domain/inspection-case';
import type { IssueCodeResponse, PullResponse, PushMutation } from '../shared/sync/wire';
import { startBenchHub } from './lib/hub';
import { report } from './lib/report';
import { msSince } from './lib/stats';

const ROWS = Number(process.env['BENCH_SYNC_ROWS'] ?? 500_000);
const CASES_PER_MUTATION = 250;
const MUTATIONS_PER_PUSH = 16;
const ROOT = fs.mkdtempSync(path.join(process.env['BENCH_DIR'] ?? os.tmpdir(), 'branchdesk-first-sync-'));

/** Case n: three rows (case, first milestone, QR token); 200 companies and 50 products shared. */
const newCase = (n: number) => {
  const company = n % 200;
  const product = n % 50;
  const id = `case-${n}`;
  return {
    case: {
      id,
      caseNumber: `11500${String(n).padStart(7, '0')}`,
      companyId: `co-${company}`,
      productId: `pr-${product}`,
      productModel: `M-${n % 997}`,
      category: 'electrical',
      contactName: '王經理',
      contactPhone: '02-2345-6789',
      unitId: 'unit-s1',
      officerId: null,
      receivedAt: '2026-11-20T01:00:00.000Z',
    },
    company: { id: `co-${company}`, name: `示範股份有限公司${company}`, ubn: null },
    product: { id: `pr-${product}`, name: `產品${product}` },
    milestoneId: `ms-${n}`,
    token: base32(randomBytes(16)),
  };
};

const main = async (): Promise<void> => {
  const { hub, post, next, push } = await startBenchHub(ROOT);
  const app = createTestApp({ secretStore: createTestSecretStore(), syncAuto: false });
  try {
    const cases = Math.ceil(ROWS / 3);
    const t0 = process.hrtime.bigint();
    let batch: PushMutation[] = [];
    for (let first = 0; first < cases; first += CASES_PER_MUTATION) {
      const chunk = Array.from({ length: Math.min(CASES_PER_MUTATION, cases - first) }, (_, i) => newCase(first + i));
      batch.push(next('case.import', { fileName: 'bench.csv', cases: chunk }, 'admin-1'));
      if (batch.length === MUTATIONS_PER_PUSH) {
        await push(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await push(batch);
    console.log(`seeded ${cases} cases in ${(msSince(t0) / 1000).toFixed(1)} s`);

    // Baseline: the same pages, fetched and parsed, not applied.
    const t1 = process.hrtime.bigint();
    let rows = 0;
    let pages = 0;
    for (let cursor = 0; ; ) {
      const page = await post<PullResponse>('/sync/pull', { deviceId: 'bench', cursor, limit: 1000 });
      rows += page.changes.length;
      pages += 1;
      cursor = page.nextCursor;
      if (!page.hasMore) break;
    }
    const fetchMs = msSince(t1);
    console.log(`hub holds ${rows} rows; fetching all ${pages} pages: ${(fetchMs / 1000).toFixed(1)} s`);

    const { code } = await post<IssueCodeResponse>('/enroll/codes', { deviceId: 'bench', actorId: 'admin-1' });
    const t2 = process.hrtime.bigint();
    const status = await app.ok<{ awaitingSnapshot: boolean; pending: number }>('nobody', 'sync:join', {
      hubUrl: hub.url,
      code,
      deviceName: '新電腦',
    });
    const syncMs = msSince(t2);
    const local = (app.ctx.db!.prepare('SELECT count(*) AS n FROM inspection_cases').get() as { n: number }).n;
    if (status.awaitingSnapshot || local !== cases) throw new Error(`first sync incomplete: ${JSON.stringify(status)}, ${local} cases`);
    console.log(`first sync of ${rows} rows (join + pull + apply): ${(syncMs / 1000).toFixed(1)} s`);

    report('first-sync', [
      {
        name: `first sync of a new desktop, ${rows} rows (enroll, pull, apply)`,
        unit: 's',
        stat: 'total',
        value: syncMs / 1000,
        baseline_name: 'fetching the same pages without applying them',
        baseline: fetchMs / 1000,
        target: 'value <= 60',
      },
    ]);
  } finally {
    app.close();
    await hub.close();
    fs.rmSync(ROOT, { recursive: true, force: true });
  }
};

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
