/*
 * The counter's hot paths with 100k past visits in the database (issue 3):
 *  - intake → assignment: the two mutations a clerk triggers for one visitor (visit.intake, then
 *    escort.assign), each one fsync'd transaction with outbox and audit; target median ≤ 5 ms;
 *  - the counter board query (waiting, active with current stop, today's figures); target ≤ 20 ms.
 * Baselines from the same run: a raw INSERT of one visit row (same pragmas, one fsync'd
 * transaction) and a bare indexed count of today's visits.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createExecutor } from '../electron/main/db/executor';
import { closeAppDatabase, openAppDatabase } from '../electron/main/db/open-database';
import { createEscortService } from '../electron/main/services/escort';
import referenceSeed from '../resources/seed/reference.json';
import type { Staff } from '../shared/domain/reference';
import type { MutationActor } from '../shared/mutations/define';
import type { MutationArgs } from '../shared/mutations/registry';
import { taipeiDayKey } from '../shared/util/roc-date';
import { uuidv7From } from '../shared/util/uuidv7';
import { report } from './lib/report';
import { median, msSince, percentile } from './lib/stats';

const PAST = Number(process.env['BENCH_PREFILL'] ?? 100_000);
const N = Number(process.env['BENCH_N'] ?? 400);
const ROOT = fs.mkdtempSync(path.join(process.env['BENCH_DIR'] ?? os.tmpdir(), 'branchdesk-bench-'));
const SYSTEM: MutationActor = { staffId: null, roles: [], system: true };

const newId = () => uuidv7From(Date.now(), randomBytes(10));
const opened = openAppDatabase(path.join(ROOT, 'app'));
if (!opened.ok) throw new Error(JSON.stringify(opened.error));
const { db } = opened;
const executor = createExecutor({ db, now: () => new Date(), newId });
if (!executor.apply('reference.seed', referenceSeed as MutationArgs<'reference.seed'>, SYSTEM).ok) throw new Error('seed');
const escort = createEscortService({ db, executor, now: () => new Date(), newId });

// Staff: one counter clerk and 40 people in the receiving unit (第一課), so escorts are never short.
const staff = (id: string, unitId: string, roles: Staff['roles']): Staff => ({
  id, unitId, name: `人員${id}`, username: id, roles, active: true, demo: false,
});
const insertStaff = db.prepare('INSERT INTO staff (id, unit_id, name, username, roles, active, demo) VALUES (?, ?, ?, ?, ?, 1, 0)');
const clerk = staff('clerk', 'unit-s6', ['counter']);
insertStaff.run(clerk.id, clerk.unitId, clerk.name, clerk.username, JSON.stringify(clerk.roles));
const escorts = Array.from({ length: 40 }, (_, i) => `e${i}`);
for (const e of escorts) insertStaff.run(e, 'unit-s1', `人員${e}`, e, '["inspector"]');

console.log(`escort-counter: prefilling ${PAST} past visits (with two stops each) under ${ROOT}`);
const fill = db.transaction(() => {
  const visitor = db.prepare('INSERT INTO visitors (id, name, phone, company_id) VALUES (?, ?, ?, NULL)');
  const visit = db.prepare(`INSERT INTO escort_visits (id, day_key, visitor_id, company_id, item_ids, unit_ids, receiving_unit_id,
      mode, escort_requested, status, escort_id, arrived_at, service_started_at, finished_at, satisfaction, remarks, created_by)
    VALUES (?, ?, ?, NULL, '["item-e01","item-m01"]', '["unit-s1","unit-s2"]', 'unit-s1', 'escort', 0, 'finished', ?, ?, ?, ?, 5, '', 'clerk')`);
  const stop = db.prepare(`INSERT INTO escort_stops (id, visit_id, unit_id, item_id, started_at, ended_at, outcome, note)
    VALUES (?, ?, ?, ?, ?, ?, 'done', '')`);
  const start = Date.parse('2016-01-04T01:00:00Z');
  for (let i = 0; i < PAST; i++) {
    const t = start + Math.floor(i / 30) * 86_400_000 + (i % 30) * 600_000;
    const iso = (ms: number) => new Date(ms).toISOString();
    visitor.run(`p${i}`, `來洽人${i}`, `09${String(i).padStart(8, '0')}`);
    visit.run(`v${i}`, taipeiDayKey(new Date(t)), `p${i}`, escorts[i % escorts.length], iso(t), iso(t + 120_000), iso(t + 1_800_000));
    stop.run(`s${i}a`, `v${i}`, 'unit-s1', 'item-e01', iso(t + 180_000), iso(t + 900_000));
    stop.run(`s${i}b`, `v${i}`, 'unit-s2', 'item-m01', iso(t + 960_000), iso(t + 1_700_000));
  }
});
fill();
db.pragma('wal_checkpoint(TRUNCATE)');

const intakeAndAssign = (k: number) => {
  const { visitId } = escort.intake(clerk, {
    visitor: { name: `今日來洽人${k}`, phone: '0912345678' },
    company: null,
    itemIds: ['item-e01', 'item-m01'],
    escortRequested: false,
  });
  const free = escort.suggest(visitId).find((s) => !s.busy && !s.absent);
  if (!free) throw new Error('no free escort');
  escort.assign(clerk, visitId, free.staffId);
  return visitId;
};

// Untimed: finish the visit at once so escorts stay free and today's board keeps a realistic size.
const finishNow = db.prepare("UPDATE escort_visits SET status = 'finished', finished_at = ? WHERE id = ?");
const release = (visitId: string) => finishNow.run(new Date().toISOString(), visitId);

const rawVisit = db.prepare(`INSERT INTO escort_visits (id, day_key, visitor_id, company_id, item_ids, unit_ids, receiving_unit_id,
    mode, escort_requested, status, escort_id, arrived_at, service_started_at, finished_at, satisfaction, remarks, created_by)
  VALUES (?, ?, 'p0', NULL, '["item-e01"]', '["unit-s1"]', 'unit-s1', 'direct', 0, 'finished', NULL, ?, NULL, NULL, NULL, '', 'clerk')`);
const rawTx = db.transaction((id: string) => rawVisit.run(id, taipeiDayKey(new Date()), new Date().toISOString()));

const timeIt = <R>(op: (k: number) => R, n: number, after?: (r: R) => void): number[] => {
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const t = process.hrtime.bigint();
    const r = op(k);
    out.push(msSince(t));
    after?.(r);
  }
  return out;
};

try {
  for (let k = 0; k < 30; k++) {
    release(intakeAndAssign(-k - 1));
    rawTx.immediate(`warm-${k}`);
  }
  const flows: number[] = [];
  const raws: number[] = [];
  for (let k = 0; k < N; k += 20) {
    flows.push(...timeIt((j) => intakeAndAssign(k + j), 20, release));
    raws.push(...timeIt((j) => rawTx.immediate(`raw-${k + j}`), 20));
  }
  const today = taipeiDayKey(new Date());
  const countToday = db.prepare('SELECT count(*) AS n FROM escort_visits WHERE day_key = ?');
  const boards = timeIt(() => escort.board(), 200);
  const counts = timeIt(() => countToday.get(today), 200);
  const base = 'raw INSERT of one visit row, same pragmas, one fsync’d transaction';
  report('escort-counter', [
    { name: `intake → assignment (2 mutations + suggestion), ${PAST / 1000}k past visits`, unit: 'ms', stat: 'median', value: median(flows), baseline_name: base, baseline: median(raws), target: 'value <= 5' },
    { name: `intake → assignment (2 mutations + suggestion), ${PAST / 1000}k past visits`, unit: 'ms', stat: 'p95', value: percentile(flows, 95), baseline_name: base, baseline: percentile(raws, 95), target: null },
    { name: `counter board query, ${PAST / 1000}k past visits, ${N} today`, unit: 'ms', stat: 'median', value: median(boards), baseline_name: 'bare indexed count of today’s visits', baseline: median(counts), target: 'value <= 20' },
    { name: `counter board query, ${PAST / 1000}k past visits, ${N} today`, unit: 'ms', stat: 'p95', value: percentile(boards, 95), baseline_name: 'bare indexed count of today’s visits', baseline: percentile(counts, 95), target: null },
  ]);
} finally {
  closeAppDatabase(db, path.join(ROOT, 'app'));
  fs.rmSync(ROOT, { recursive: true, force: true });
}
