/*
 * Inspection cases at ten-year scale (issue 4): 1M cases and 5M milestones in the app's database.
 *  - search p95 per kind (case-number prefix, 2-character company name, 統一編號, product), target
 *    ≤ 30 ms each, against the bare SQL that finds the same keys in the same run;
 *  - a 10k-row CSV import through the real import service (check + all-or-nothing commit), target ≤ 3 s,
 *    against raw better-sqlite3 inserting the same 10k case rows in one transaction.
 * BENCH_CASES scales the data down for a quick look (default 1,000,000).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createExecutor } from '../electron/main/db/executor';
import { closeAppDatabase, openAppDatabase } from '../electron/main/db/open-database';
import { createCaseService } from '../electron/main/services/cases';
import { createCaseImportService } from '../electron/main/services/case-import/import-service';
import referenceSeed from '../resources/seed/reference.json';
import type { Staff } from '../shared/domain/reference';
import type { MutationArgs } from '../shared/mutations/registry';
import { uuidv7From } from '../shared/util/uuidv7';
import { isValidUbn } from '../shared/domain/ubn';
import { report } from './lib/report';
import type { FigureInput } from './lib/report';
import { msSince, percentile } from './lib/stats';

const CASES = Number(process.env['BENCH_CASES'] ?? 1_000_000);
const QUERIES = Number(process.env['BENCH_N'] ?? 200);
const ROOT = fs.mkdtempSync(path.join(process.env['BENCH_DIR'] ?? os.tmpdir(), 'branchdesk-bench-'));

// Seeded generator so every run searches the same data.
let seed = 20261127;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const W1 = Array.from('台新永大宏華中正泰興昌隆成豐國建源益盛鴻鼎峯綉啓堃喆光明和平安康美達聯合信義東南西北金銀寶祥');
const W2 = ['電機', '電器', '實業', '科技', '工業', '貿易', '精密', '化工', '食品', '機械', '電子', '企業'];
const SUFFIX = ['股份有限公司', '有限公司', '企業社', '商行'];
const P1 = ['吹風', '電暖', '延長', '電風', '行動', '電動', '烤', '除濕', '空氣清淨', '電熱水', '電子', '充電'];
const P2 = ['機', '器', '線', '扇', '電源', '工具', '箱', '瓶', '鍋', '壺', '秤', '座'];
const ubnFor = (i: number): string => {
  // A valid 統一編號 near i: try final digits until the check passes.
  const base = String(100_000 + i);
  for (let d = 0; d < 100; d++) {
    const s = `${base}${String(d).padStart(2, '0')}`;
    if (isValidUbn(s)) return s;
  }
  throw new Error('no valid 統一編號');
};

const opened = openAppDatabase(path.join(ROOT, 'app'));
if (!opened.ok) throw new Error(JSON.stringify(opened.error));
const { db } = opened;
const newId = () => uuidv7From(Date.now(), randomBytes(10));
const executor = createExecutor({ db, now: () => new Date(), newId });
executor.apply('reference.seed', referenceSeed as MutationArgs<'reference.seed'>, { staffId: null, roles: [], system: true });
db.prepare(`INSERT INTO staff VALUES ('clerk', 'unit-s6', '櫃台', 'clerk', '["counter"]', 1, 0)`).run();
const clerk: Staff = { id: 'clerk', unitId: 'unit-s6', name: '櫃台', username: 'clerk', roles: ['counter'], active: true, demo: false };

const COMPANIES = Math.max(100, Math.round(CASES / 16));
const PRODUCTS = Math.max(50, Math.round(CASES / 200));
console.log(`case-search: ${CASES} cases, ${CASES * 5} milestones, ${COMPANIES} companies, ${PRODUCTS} products under ${ROOT}`);
const t0 = process.hrtime.bigint();
db.transaction(() => {
  const co = db.prepare('INSERT INTO companies (id, name, ubn) VALUES (?, ?, ?)');
  for (let i = 0; i < COMPANIES; i++) co.run(`co${i}`, `${pick(W1)}${pick(W1)}${pick(W2)}${pick(SUFFIX)}${i}`, i % 10 === 0 ? null : ubnFor(i));
  const pr = db.prepare('INSERT INTO products (id, name) VALUES (?, ?)');
  for (let i = 0; i < PRODUCTS; i++) pr.run(`pr${i}`, `${pick(P1)}${pick(P2)}${i}`);
  const cs = db.prepare(`INSERT INTO inspection_cases (id, case_number, company_id, contact_name, contact_phone, category, product_id,
      product_model, unit_id, officer_id, status, received_at, updated_at, created_by)
    VALUES (?, ?, ?, '', '', 'electrical', ?, ?, 'unit-s1', NULL, 'completed', ?, ?, 'clerk')`);
  const ms = db.prepare("INSERT INTO case_milestones (id, case_id, kind, at, recorded_by, note) VALUES (?, ?, ?, ?, 'clerk', '')");
  const kinds = ['received', 'sampling', 'testing', 'reviewing', 'completed'];
  const start = Date.parse('2016-01-01T00:00:00Z');
  for (let i = 0; i < CASES; i++) {
    const at = new Date(start + i * 300_000).toISOString();
    cs.run(`c${i}`, `TN${String(1_000_000 + i)}`, `co${Math.floor(rand() * COMPANIES)}`, `pr${Math.floor(rand() * PRODUCTS)}`, `M-${i % 9973}`, at, at);
    for (let k = 0; k < 5; k++) ms.run(`m${i}-${k}`, `c${i}`, kinds[k]!, at);
  }
})();
db.pragma('wal_checkpoint(TRUNCATE)');
db.pragma('optimize');
console.log(`  filled in ${(msSince(t0) / 1000).toFixed(1)} s`);

const cases = createCaseService({ db, executor, now: () => new Date(), newId });
const importer = createCaseImportService({ executor, cases });

const companyNames = db.prepare('SELECT name, ubn FROM companies').all() as { name: string; ubn: string | null }[];
const productNames = db.prepare('SELECT name FROM products').pluck().all() as string[];
const twoChars = (s: string) => {
  const k = Math.floor(rand() * (s.length - 2));
  return s.slice(k, k + 2);
};

const bare = {
  number: db.prepare('SELECT id FROM inspection_cases WHERE case_number >= ? AND case_number < ? LIMIT 50'),
  company: db.prepare('SELECT id FROM companies WHERE instr(name, ?) > 0 LIMIT 500'),
  ubn: db.prepare('SELECT id FROM companies WHERE ubn = ?'),
  product: db.prepare('SELECT id FROM products WHERE instr(name, ?) > 0 LIMIT 500'),
};

const kinds = [
  { kind: 'number' as const, label: 'case-number prefix', q: () => `TN${String(1_000_000 + Math.floor(rand() * CASES)).slice(0, 5)}`, base: (q: string) => bare.number.all(q, `${q}\u007f`) },
  { kind: 'company' as const, label: 'company name, 2 characters', q: () => twoChars(pick(companyNames).name), base: (q: string) => bare.company.all(q) },
  { kind: 'ubn' as const, label: '統一編號', q: () => pick(companyNames.filter((c) => c.ubn)).ubn ?? '', base: (q: string) => bare.ubn.all(q) },
  { kind: 'product' as const, label: 'product name, 2 characters', q: () => twoChars(pick(productNames)), base: (q: string) => bare.product.all(q) },
];

const figures: FigureInput[] = [];
for (const k of kinds) {
  const qs = Array.from({ length: QUERIES }, k.q);
  for (const q of qs.slice(0, 10)) cases.search(q, k.kind);
  const ours: number[] = [];
  const base: number[] = [];
  for (const q of qs) {
    let t = process.hrtime.bigint();
    cases.search(q, k.kind);
    ours.push(msSince(t));
    t = process.hrtime.bigint();
    k.base(q);
    base.push(msSince(t));
  }
  figures.push({
    name: `search by ${k.label}, ${CASES / 1e6}M cases`,
    unit: 'ms',
    stat: 'p95',
    value: percentile(ours, 95),
    baseline_name: 'the bare SQL finding the same keys, same run',
    baseline: percentile(base, 95),
    target: 'value <= 30',
  });
}

const main = async (): Promise<void> => {
  // 10k-row import: a CSV as the bureau exports it, checked and committed through the real service.
  const header = '報驗號碼,公司名稱,統一編號,聯絡人,聯絡電話,商品類別,商品名稱,型號,承辦單位,承辦人,受理日期';
  const lines = Array.from({ length: 10_000 }, (_, i) => {
    const c = pick(companyNames);
    return `IM${String(500_000 + i)},${c.name},${c.ubn ?? ''},林小姐,06-2345678,電器,${pick(productNames)},X-${i},S1,,115/11/${1 + (i % 28)}`;
  });
  const csv = Buffer.from([header, ...lines].join('\r\n')).toString('base64');
  let t = process.hrtime.bigint();
  const imported = await importer.run(clerk, { fileName: 'cases.csv', contentBase64: csv, commit: true });
  const importMs = msSince(t);
  if (imported.created !== 10_000) throw new Error(`import created ${imported.created}: ${JSON.stringify(imported.errors.slice(0, 3))}`);
  const raw = db.prepare(`INSERT INTO inspection_cases (id, case_number, company_id, contact_name, contact_phone, category, product_id,
      product_model, unit_id, officer_id, status, received_at, updated_at, created_by)
    VALUES (?, ?, 'co1', '', '', 'electrical', 'pr1', '', 'unit-s1', NULL, 'received', ?, ?, 'clerk')`);
  t = process.hrtime.bigint();
  db.transaction(() => {
    const at = new Date().toISOString();
    for (let i = 0; i < 10_000; i++) raw.run(`raw${i}`, `RAW${i}`, at, at);
  })();
  const rawMs = msSince(t);
  figures.push({
    name: '10k-row CSV import (check + all-or-nothing commit, with outbox and audit)',
    unit: 's',
    stat: 'single run',
    value: importMs / 1000,
    baseline_name: 'raw INSERT of 10k case rows in one transaction',
    baseline: rawMs / 1000,
    target: 'value <= 3',
  });

  report('case-search', figures);
  closeAppDatabase(db, path.join(ROOT, 'app'));
  fs.rmSync(ROOT, { recursive: true, force: true });
};

void main();
