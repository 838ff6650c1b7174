/*
 * The cost of one mutation through the executor (data + outbox + audit in one fsync'd
 * transaction) against raw better-sqlite3 inserting the same row into the same table, one
 * transaction per insert, same pragmas, measured in the same run. Target (issue 2): at most 3×
 * the raw insert, median of many.
 *
 * Both sides run on real files in a temp folder (BENCH_DIR to choose the disk) opened with
 * openAppDatabase, so schema and pragmas (WAL, synchronous=FULL, foreign keys) are the app's.
 * The two sides alternate in batches, each side going first in every other batch, so drift on a
 * shared machine hits both alike. BENCH_N (default 2000) timed operations per side.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { createExecutor } from '../electron/main/db/executor';
import type { Executor } from '../electron/main/db/executor';
import { closeAppDatabase, openAppDatabase } from '../electron/main/db/open-database';
import referenceSeed from '../resources/seed/reference.json';
import type { MutationActor } from '../shared/mutations/define';
import type { MutationArgs } from '../shared/mutations/registry';
import { uuidv7From } from '../shared/util/uuidv7';
import { report } from './lib/report';
import type { FigureInput } from './lib/report';
import { median, msSince, percentile } from './lib/stats';

const N = Number(process.env['BENCH_N'] ?? 2000);
const WARMUP = Math.max(50, Math.floor(N / 10));
const BATCH = 50;
const PREFILL = Number(process.env['BENCH_PREFILL'] ?? 100_000);
const ROOT = fs.mkdtempSync(path.join(process.env['BENCH_DIR'] ?? os.tmpdir(), 'branchdesk-bench-'));
const ADMIN: MutationActor = { staffId: 'bench-admin', roles: ['admin'] };
const SYSTEM: MutationActor = { staffId: null, roles: [], system: true };

interface Opened {
  dir: string;
  db: Database;
  executor: Executor;
}

/** A database exactly as the app opens it, with the reference data seeded (units for the rows). */
const openSeeded = (name: string): Opened => {
  const dir = path.join(ROOT, name);
  const opened = openAppDatabase(dir);
  if (!opened.ok) throw new Error(`open ${dir}: ${JSON.stringify(opened.error)}`);
  const executor = createExecutor({ db: opened.db, now: () => new Date(), newId: () => uuidv7From(Date.now(), randomBytes(10)) });
  const seeded = executor.apply('reference.seed', referenceSeed as MutationArgs<'reference.seed'>, SYSTEM);
  if (!seeded.ok) throw new Error('seed failed');
  return { dir, db: opened.db, executor };
};

/** The row both sides write: the same table, columns and value sizes. */
const itemFor = (prefix: string, i: number) => ({
  id: `${prefix}-${i}`,
  unitId: 'unit-s1',
  code: `${prefix.toUpperCase()}${i}`,
  name: `檢驗業務 ${i}`,
  active: true,
  demo: false,
});

const viaExecutor = (o: Opened, prefix: string) => {
  let i = 0;
  return () => {
    const out = o.executor.apply('businessItem.save', { item: itemFor(prefix, i++) }, ADMIN);
    if (!out.ok) throw new Error(`mutation failed: ${JSON.stringify(out)}`);
  };
};

const viaRawInsert = (o: Opened, prefix: string) => {
  const insert = o.db.prepare('INSERT INTO business_items (id, unit_id, code, name, active, demo) VALUES (?, ?, ?, ?, 1, 0)');
  const tx = o.db.transaction((id: string, code: string, name: string) => insert.run(id, 'unit-s1', code, name));
  let i = 0;
  return () => {
    const r = itemFor(prefix, i++);
    tx.immediate(r.id, r.code, r.name);
  };
};

/** Fills the table with `n` rows: through the executor (so outbox and audit grow too) or raw. */
const prefill = (o: Opened, n: number, how: 'executor' | 'raw') => {
  const op = how === 'executor' ? viaExecutor(o, 'pre') : viaRawInsert(o, 'pre');
  // One outer transaction per 10k: the per-op transactions nest as savepoints, so no fsync each.
  for (let done = 0; done < n; done += 10_000) {
    const chunk = Math.min(10_000, n - done);
    o.db.transaction(() => {
      for (let k = 0; k < chunk; k++) op();
    })();
  }
  o.db.pragma('wal_checkpoint(TRUNCATE)');
};

/** Times `n` calls of each side, alternating batches and which side goes first. */
const interleave = (a: () => void, b: () => void, n: number): { a: number[]; b: number[] } => {
  for (let i = 0; i < WARMUP; i++) {
    a();
    b();
  }
  const out = { a: [] as number[], b: [] as number[] };
  const timeBatch = (op: () => void, into: number[]) => {
    for (let i = 0; i < BATCH; i++) {
      const t = process.hrtime.bigint();
      op();
      into.push(msSince(t));
    }
  };
  for (let k = 0; out.a.length < n; k++) {
    if (k % 2 === 0) {
      timeBatch(a, out.a);
      timeBatch(b, out.b);
    } else {
      timeBatch(b, out.b);
      timeBatch(a, out.a);
    }
  }
  return out;
};

const BASELINE = 'raw better-sqlite3 INSERT of the same row, same table and pragmas, one transaction';

const figures = (label: string, t: { a: number[]; b: number[] }, what = "fsync'd", target: string | null = 'ratio <= 3'): FigureInput[] => {
  const name = `one mutation via executor (data + outbox + audit, ${what}), ${label}`;
  const baseline = target === null ? `${BASELINE} (${what})` : BASELINE;
  return [
    { name, unit: 'ms', stat: 'median', value: median(t.a), baseline_name: baseline, baseline: median(t.b), target },
    { name, unit: 'ms', stat: 'p95', value: percentile(t.a, 95), baseline_name: baseline, baseline: percentile(t.b, 95), target: null },
  ];
};

let runs = 0;
/**
 * One comparison on a fresh pair of databases. `fsync: false` turns synchronous OFF on both
 * sides: not how the app runs, but it shows the executor's software overhead on its own, the
 * part that would dominate on a disk whose fsync is nearly free.
 */
const run = (label: string, rows: number, fsync = true): FigureInput[] => {
  runs += 1;
  const ex = openSeeded(`executor-${runs}`);
  const raw = openSeeded(`raw-${runs}`);
  if (!fsync) for (const o of [ex, raw]) o.db.pragma('synchronous = OFF');
  if (rows > 0) {
    prefill(ex, rows, 'executor');
    prefill(raw, rows, 'raw');
  }
  console.log(`  ${label}: ${N} timed operations per side after ${WARMUP} warm-up, batches of ${BATCH}`);
  const t = interleave(viaExecutor(ex, 'ex'), viaRawInsert(raw, 'raw'), N);
  closeAppDatabase(ex.db, ex.dir);
  closeAppDatabase(raw.db, raw.dir);
  return fsync ? figures(label, t) : figures(label, t, 'synchronous=OFF, no fsync', null);
};

try {
  console.log(`mutation-executor: databases under ${ROOT}`);
  const figs = run('empty table', 0);
  if (PREFILL > 0) figs.push(...run(`${PREFILL / 1000}k rows already`, PREFILL));
  figs.push(...run('empty table', 0, false));
  report('mutation-executor', figs);
} finally {
  fs.rmSync(ROOT, { recursive: true, force: true });
}
