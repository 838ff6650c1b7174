/*
 * The visit calendar's month query (issue 6), target ≤ 30 ms with 5k visits: 5,000 factory visits in the
 * database over the two years around the month queried (a busy branch; about 210 in the month). Measured
 * through the real calendar service (rows, inspectors' names, areas, the double-booking and far-apart
 * warnings) for the whole month, one inspector's month and one unit's month, each against the bare SQL that
 * returns the same visit ids in the same run. Then a worst case, informational: another 5,000 visits put
 * into that one month.
 * BENCH_VISITS scales the data (default 5,000); BENCH_N sets the runs per figure (default 60).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createExecutor } from '../electron/main/db/executor';
import { closeAppDatabase, openAppDatabase } from '../electron/main/db/open-database';
import { visitCalendarQueries } from '../electron/main/db/queries/visit-calendar';
import { createCalendarService } from '../electron/main/services/visits/calendar';
import { visitLookups } from '../electron/main/services/visits/lookups';
import referenceSeed from '../resources/seed/reference.json';
import type { MutationArgs } from '../shared/mutations/registry';
import { uuidv7From } from '../shared/util/uuidv7';
import { report } from './lib/report';
import type { FigureInput } from './lib/report';
import { msSince, percentile } from './lib/stats';

const VISITS = Number(process.env['BENCH_VISITS'] ?? 5_000);
const RUNS = Number(process.env['BENCH_N'] ?? 60);
const ROOT = fs.mkdtempSync(path.join(process.env['BENCH_DIR'] ?? os.tmpdir(), 'branchdesk-bench-'));
const MONTH = { fromDay: '2026-12-01', toDay: '2026-12-31' };

let seed = 20261201;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const int = (n: number) => Math.floor(rand() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;

const opened = openAppDatabase(path.join(ROOT, 'app'));
if (!opened.ok) throw new Error(JSON.stringify(opened.error));
const { db } = opened;
const newId = () => uuidv7From(Date.now(), randomBytes(10));
const executor = createExecutor({ db, now: () => new Date(), newId });
executor.apply('reference.seed', referenceSeed as MutationArgs<'reference.seed'>, { staffId: null, roles: [], system: true });

const UNITS = ['unit-s1', 'unit-s2', 'unit-s3', 'unit-s4', 'unit-s5'];
const INSPECTORS = Array.from({ length: 40 }, (_, i) => `insp${i}`);
const CITIES = ['臺南市安南區', '臺南市永康區', '高雄市前鎮區', '嘉義縣民雄鄉', '屏東縣屏東市', '台南市新營區'];
const dayKey = (start: number, offset: number) => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

console.log(`visit-calendar: ${VISITS} visits over two years around ${MONTH.fromDay.slice(0, 7)}, under ${ROOT}`);
const t0 = process.hrtime.bigint();
const monthStart = Date.parse(`${MONTH.fromDay}T00:00:00Z`);
let addVisit: (i: number, day: string) => void = () => undefined;
db.transaction(() => {
  const staff = db.prepare(`INSERT INTO staff (id, unit_id, name, username, roles, active, demo) VALUES (?, ?, ?, ?, '["inspector"]', 1, 0)`);
  INSPECTORS.forEach((id, i) => staff.run(id, UNITS[i % UNITS.length]!, `檢驗員${i}`, id));
  const co = db.prepare('INSERT INTO companies (id, name, ubn) VALUES (?, ?, NULL)');
  for (let i = 0; i < 800; i++) co.run(`co${i}`, `範例公司${i}`);
  const visit = db.prepare(`INSERT INTO factory_visits (id, unit_id, request_id, occasion, mode, company_id, contact_name, contact_phone,
      address, category, purpose, inspector_ids, day_key, start_time, end_time, status, cancel_reason, created_by, created_at, updated_at)
    VALUES (?, ?, NULL, 'violation', 'on_site', ?, '', '', ?, 'electrical', '', ?, ?, ?, ?, ?, NULL, 'insp0', ?, ?)`);
  addVisit = (i: number, day: string) => {
    const start = 8 * 60 + int(16) * 30;
    const first = int(INSPECTORS.length);
    const ids = rand() < 0.4 ? [INSPECTORS[first]!, INSPECTORS[(first + 1 + int(5)) % INSPECTORS.length]!] : [INSPECTORS[first]!];
    const status = rand() < 0.05 ? 'cancelled' : rand() < 0.5 ? 'done' : 'scheduled';
    const at = `${day}T00:00:00.000Z`;
    visit.run(`v${i}`, UNITS[first % UNITS.length]!, `co${int(800)}`, `${pick(CITIES)}工業路${i}號`, JSON.stringify(ids), day, hhmm(start), hhmm(start + 60 + int(4) * 30), status, at, at);
  };
  // Two years around the month: 2025-12-01 .. 2027-11-30.
  const yearBefore = Date.parse('2025-12-01T00:00:00Z');
  for (let i = 0; i < VISITS; i++) addVisit(i, dayKey(yearBefore, int(730)));
})();
db.pragma('wal_checkpoint(TRUNCATE)');
db.pragma('optimize');
console.log(`  filled in ${(msSince(t0) / 1000).toFixed(1)} s`);

const calendar = createCalendarService(visitCalendarQueries(db), visitLookups(db, executor, newId));

const bareSql = {
  month: db.prepare<[string, string], { id: string }>(
    `SELECT id FROM factory_visits WHERE day_key BETWEEN ? AND ? AND status IN ('scheduled', 'done') AND mode = 'on_site'`,
  ),
  inspector: db.prepare<[string, string, string], { id: string }>(
    `SELECT v.id FROM visit_inspectors i JOIN factory_visits v ON v.id = i.visit_id
     WHERE i.staff_id = ? AND i.day_key BETWEEN ? AND ? AND v.status IN ('scheduled', 'done') AND v.mode = 'on_site'`,
  ),
  unit: db.prepare<[string, string, string], { id: string }>(
    `SELECT id FROM factory_visits WHERE unit_id = ? AND day_key BETWEEN ? AND ? AND status IN ('scheduled', 'done') AND mode = 'on_site'`,
  ),
};

const sameKeys = (a: readonly { id: string }[], b: readonly { id: string }[], what: string) => {
  const x = a.map((r) => r.id).sort();
  const y = b.map((r) => r.id).sort();
  if (x.length !== y.length || x.some((id, i) => id !== y[i])) throw new Error(`${what}: the service and the bare SQL disagree`);
};

const figures: FigureInput[] = [];
const measure = (label: string, target: string | null, variants: { input: Parameters<typeof calendar.calendar>[0]; bare: () => { id: string }[] }[]) => {
  for (const v of variants.slice(0, 3)) sameKeys(calendar.calendar(v.input).visits, v.bare(), label);
  // Warm both paths (statement caches, JIT) before timing.
  for (let i = 0; i < 20; i++) {
    const v = variants[i % variants.length]!;
    calendar.calendar(v.input);
    v.bare();
  }
  const ours: number[] = [];
  const base: number[] = [];
  let shown = 0;
  for (let i = 0; i < RUNS; i++) {
    const v = variants[i % variants.length]!;
    let t = process.hrtime.bigint();
    shown += calendar.calendar(v.input).visits.length;
    ours.push(msSince(t));
    t = process.hrtime.bigint();
    v.bare();
    base.push(msSince(t));
  }
  figures.push({
    name: `${label} (${Math.round(shown / RUNS)} visits shown on average)`,
    unit: 'ms',
    stat: 'p95',
    value: percentile(ours, 95),
    baseline_name: 'the bare SQL returning the same visit ids, same run',
    baseline: percentile(base, 95),
    target,
  });
};

const allThree = (label: string, target: string | null) => {
  measure(`${label}: whole month`, target, [{ input: MONTH, bare: () => bareSql.month.all(MONTH.fromDay, MONTH.toDay) }]);
  measure(
    `${label}: one inspector’s month`,
    target,
    INSPECTORS.slice(0, 10).map((id) => ({ input: { ...MONTH, inspectorId: id }, bare: () => bareSql.inspector.all(id, MONTH.fromDay, MONTH.toDay) })),
  );
  measure(
    `${label}: one unit’s month`,
    target,
    UNITS.map((id) => ({ input: { ...MONTH, unitId: id }, bare: () => bareSql.unit.all(id, MONTH.fromDay, MONTH.toDay) })),
  );
};

allThree(`${VISITS} visits in the database`, 'value <= 30');
// Worst case, informational: the same number again, all in the month queried.
db.transaction(() => {
  for (let i = 0; i < VISITS; i++) addVisit(VISITS + i, dayKey(monthStart, int(31)));
})();
db.pragma('optimize');
allThree(`worst case, another ${VISITS} in that month`, null);

report('visit-calendar', figures);
closeAppDatabase(db, path.join(ROOT, 'app'));
fs.rmSync(ROOT, { recursive: true, force: true });
