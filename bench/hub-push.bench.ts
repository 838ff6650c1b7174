/*
 * Push throughput (issue 5): one desktop pushes 10k mutations to the real hub (embedded SQLite,
 * WAL + synchronous=FULL, on a loopback port) in batches of MAX_PUSH_MUTATIONS, each mutation run
 * by its shared mutator with its result stored and the rows and change log written. Baseline, in
 * the same run: raw better-sqlite3 INSERTs of exactly the rows the hub ended up writing into a bare
 * table of the same shape, same pragmas, one transaction per batch. No target is set by the issue;
 * the figures say what a push costs on top of storing its rows.
 *
 * BENCH_PUSH_N (default 10000) mutations; BENCH_DIR picks the disk.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MAX_PUSH_MUTATIONS } from '../shared/sync/wire';
import type { PullResponse, PushMutation } from '../shared/sync/wire';
import { startBenchHub } from './lib/hub';
import { report } from './lib/report';
import { msSince } from './lib/stats';

const N = Number(process.env['BENCH_PUSH_N'] ?? 10_000);
const ROOT = fs.mkdtempSync(path.join(process.env['BENCH_DIR'] ?? os.tmpdir(), 'branchdesk-hub-push-'));

const intake = (next: (name: string, args: unknown, actorId: string | null) => PushMutation, i: number): PushMutation =>
  next(
    'visit.intake',
    {
      visitId: `v${i}`,
      dayKey: '2026-11-27',
      visitor: { id: `p${i}`, name: `來洽人${i}`, phone: `09${String(i).padStart(8, '0')}`, companyId: null },
      company: null,
      itemIds: ['item-e01', 'item-m01'],
      escortRequested: false,
    },
    'admin-1',
  );

const main = async (): Promise<void> => {
  const { hub, post, next, push } = await startBenchHub(ROOT);
  try {
    const before = (await post<PullResponse>('/sync/pull', { deviceId: 'bench', cursor: 0, limit: 1000 })).nextCursor;

    const all = Array.from({ length: N }, (_, i) => intake(next, i));
    const batches: PushMutation[][] = [];
    for (let i = 0; i < all.length; i += MAX_PUSH_MUTATIONS) batches.push(all.slice(i, i + MAX_PUSH_MUTATIONS));

    const t0 = process.hrtime.bigint();
    for (const b of batches) await push(b);
    const pushMs = msSince(t0);

    // The rows the pushes wrote, to insert raw for the baseline.
    const rows: { tbl: string; key: string; data: string; version: number }[] = [];
    for (let cursor = before; ; ) {
      const page = await post<PullResponse>('/sync/pull', { deviceId: 'bench', cursor, limit: 1000 });
      for (const c of page.changes) rows.push({ tbl: c.table, key: c.key, data: JSON.stringify(c.row), version: c.version });
      cursor = page.nextCursor;
      if (!page.hasMore) break;
    }

    const raw = new Database(path.join(ROOT, 'raw.sqlite'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.exec('CREATE TABLE rows (tbl TEXT NOT NULL, key TEXT NOT NULL, data TEXT, version INTEGER NOT NULL, PRIMARY KEY (tbl, key)) WITHOUT ROWID');
    const ins = raw.prepare('INSERT INTO rows (tbl, key, data, version) VALUES (?, ?, ?, ?)');
    const perBatch = Math.ceil(rows.length / batches.length);
    const t1 = process.hrtime.bigint();
    for (let i = 0; i < rows.length; i += perBatch) {
      raw.transaction(() => {
        for (const r of rows.slice(i, i + perBatch)) ins.run(r.tbl, r.key, r.data, r.version);
      })();
    }
    const rawMs = msSince(t1);
    raw.close();

    console.log(`${N} mutations in ${batches.length} pushes: ${pushMs.toFixed(0)} ms (${((N / pushMs) * 1000).toFixed(0)}/s); ` +
      `raw insert of the same ${rows.length} rows in ${batches.length} transactions: ${rawMs.toFixed(0)} ms`);
    report('hub-push', [
      {
        name: `push ${N} mutations over HTTP (batches of ${MAX_PUSH_MUTATIONS})`,
        unit: 'mutations/s',
        stat: 'total',
        value: (N / pushMs) * 1000,
        baseline_name: `raw INSERT of the same ${rows.length} rows, same batches`,
        baseline: (rows.length / rawMs) * 1000,
        target: null,
      },
      {
        name: `push ${N} mutations over HTTP, wall time`,
        unit: 'ms',
        stat: 'total',
        value: pushMs,
        baseline_name: 'raw INSERT of the same rows',
        baseline: rawMs,
        target: null,
      },
    ]);
  } finally {
    await hub.close();
    fs.rmSync(ROOT, { recursive: true, force: true });
  }
};

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
