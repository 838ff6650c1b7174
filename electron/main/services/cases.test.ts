import writeXlsxFile from 'write-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSignedInStaff, createTestApp, setUpAdmin } from '../testing/app-fixture';
import type { TestApp } from '../testing/app-fixture';

/** Inspection cases through the real dispatcher and database: registry, search, scans, tokens, import. */
let app: TestApp;
let clock = Date.parse('2026-11-27T01:00:00Z');
beforeEach(async () => {
  clock = Date.parse('2026-11-27T01:00:00Z');
  app = createTestApp({ now: () => new Date(clock) });
  await setUpAdmin(app);
  await app.ok('admin', 'settings:setPublicUrl', { url: 'https://e.bsmi.example/' });
  await addSignedInStaff(app, 'counter', ['counter'], 'unit-s6');
});
afterEach(() => app.close());

const newCase = (caseNumber: string, over: Record<string, unknown> = {}) =>
  app.ok<{ caseId: string }>('counter', 'case:create', {
    caseNumber,
    company: { name: '峯綉電機股份有限公司', ubn: '04595257' },
    contactName: '林小姐',
    contactPhone: '06-2345678',
    category: 'electrical',
    productName: '吹風機',
    productModel: 'HD-1200',
    unitId: 'unit-s1',
    officerId: null,
    ...over,
  });

type CaseView = { summary: { caseNumber: string; status: string }; milestones: { kind: string }[]; token: { token: string; url: string } | null; revokedTokens: number };

describe('case registry', () => {
  it('creates a case with its first milestone and a QR token on the public address', async () => {
    const { caseId } = await newCase('tn-1150001');
    const c = await app.ok<CaseView>('counter', 'case:get', { caseId });
    expect(c.summary).toMatchObject({ caseNumber: 'TN-1150001', status: 'received' });
    expect(c.milestones.map((m) => m.kind)).toEqual(['received']);
    expect(c.token?.token).toMatch(/^[A-Z2-7]{26}$/);
    expect(c.token?.url).toBe(`https://e.bsmi.example/C/${c.token?.token}`);
    const dup = await app.call('counter', 'case:create', {
      caseNumber: 'TN-1150001', company: { name: 'x', ubn: null }, contactName: '', contactPhone: '', category: 'other',
      productName: 'y', productModel: '', unitId: 'unit-s1', officerId: null,
    });
    expect(dup.error).toMatchObject({ code: 'rejected', reason: 'CASE_NUMBER_TAKEN' });
  });

  it('finds cases by number prefix, 2-character company name, 統一編號 and product', async () => {
    await newCase('TN-1150001');
    await newCase('TN-1150002', { company: { name: '台灣大哥大股份有限公司', ubn: '97176270' }, productName: '行動電源', productModel: 'PB-10K' });
    await newCase('KH-1150003', { company: { name: '民眾張先生', ubn: null } });
    const search = async (q: string, kind = 'auto') =>
      (await app.ok<{ kind: string; results: { caseNumber: string }[] }>('counter', 'case:search', { q, kind })).results.map((r) => r.caseNumber).sort();
    expect(await search('tn-115')).toEqual(['TN-1150001', 'TN-1150002']);
    expect(await search('大哥')).toEqual(['TN-1150002']);
    expect(await search('04595257')).toEqual(['TN-1150001']);
    expect(await search('吹風', 'product')).toEqual(['KH-1150003', 'TN-1150001']);
    expect(await search('PB-1', 'product')).toEqual(['TN-1150002']);
    expect(await search('電機', 'company')).toEqual(['TN-1150001']);
  });

  it('resolves scanned labels and case numbers; a reprint revokes the old label; other codes are not ours', async () => {
    const { caseId } = await newCase('TN-1150001');
    const first = (await app.ok<CaseView>('counter', 'case:get', { caseId })).token!;
    expect(await app.ok('counter', 'case:resolveScan', { text: first.url })).toEqual({ caseId, revokedLabel: false });
    expect(await app.ok('counter', 'case:resolveScan', { text: 'tn-1150001' })).toEqual({ caseId, revokedLabel: false });
    const again = await app.ok<{ token: string; url: string }>('counter', 'case:reissueToken', { caseId });
    expect(again.token).not.toBe(first.token);
    expect(await app.ok('counter', 'case:resolveScan', { text: first.url })).toEqual({ caseId, revokedLabel: true });
    expect((await app.ok<CaseView>('counter', 'case:get', { caseId })).revokedTokens).toBe(1);
    for (const text of ['https://elsewhere.example/C/ABCDEFGHIJKLMNOPQRSTUVWXYZ', '4710088123456', 'ZZ-9999']) {
      expect((await app.call('counter', 'case:resolveScan', { text })).error, text).toMatchObject({ code: 'not_found', reason: 'NOT_OURS' });
    }
  });

  it('records milestones in order and refuses any after the case is closed', async () => {
    const { caseId } = await newCase('TN-1150001');
    clock += 5 * 60_000;
    await app.ok('counter', 'case:addMilestone', { caseId, kind: 'testing', note: '' });
    const early = await app.call('counter', 'case:addMilestone', { caseId, kind: 'reviewing', at: '2026-01-01T00:00:00Z', note: '' });
    expect(early.error).toMatchObject({ reason: 'MILESTONE_BEFORE_PREVIOUS' });
    clock += 5 * 60_000;
    await app.ok('counter', 'case:addMilestone', { caseId, kind: 'completed', note: '已發證' });
    expect((await app.call('counter', 'case:addMilestone', { caseId, kind: 'supplement', note: '' })).error).toMatchObject({ reason: 'CASE_CLOSED' });
    const c = await app.ok<CaseView>('counter', 'case:get', { caseId });
    expect(c.summary.status).toBe('completed');
  });
});

/** Big5 bytes of a string, from a reverse table of what the platform's Big5 decoder reads (tests only). */
const encodeBig5 = (text: string): number[] => {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('big5');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail > 0x7e && trail < 0xa1) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return [...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f])));
};

const HEADER = '報驗號碼,公司名稱,統一編號,聯絡人,聯絡電話,商品類別,商品名稱,型號,承辦單位,承辦人,受理日期';
const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\r\n'), 'utf8').toString('base64');
const importFile = (contentBase64: string, commit: boolean, fileName = 'cases.csv') =>
  app.ok<{ rows: number; toCreate: number; unchanged: number; created: number; errors: { row: number; column: string; code: string }[] }>(
    'counter', 'case:import', { fileName, contentBase64, commit });
const counts = () => app.ctx.db!.prepare('SELECT (SELECT count(*) FROM inspection_cases) AS cases, (SELECT count(*) FROM outbox) AS outbox').get();

describe('case import', () => {
  const good = [
    'TN-1150101,峯綉電機股份有限公司,04595257,林小姐,06-2345678,電器,吹風機,HD-1,S1,,115/11/26',
    'TN-1150102,"甲公司, 台南",,王先生,06-1111111,機械,電動工具,T-2,第二課,,2026-11-25',
  ];

  it('reports every bad row in one pass and imports nothing', async () => {
    const before = counts();
    const r = await importFile(
      csv(
        good[0]!,
        'TN-1150101,重複,,,,電器,吹風機,,S1,,115/11/26',
        'TN-1150103,乙公司,12345678,,,電器,吹風機,,S1,,115/11/26',
        'TN-1150104,丙公司,,,,玩具,積木,,S1,,115/11/26',
        'TN-1150105,丁公司,,,,電器,電鍋,,第九課,,115/13/40',
        'TN/BAD,,,,,電器,,,S1,不存在的人,',
      ),
      true,
    );
    expect(r.created).toBe(0);
    expect(r.errors.map((e) => `${e.row}:${e.column}:${e.code}`)).toEqual([
      '3:caseNumber:DUPLICATE_IN_FILE',
      '4:ubn:INVALID_UBN',
      '5:category:UNKNOWN_CATEGORY',
      '6:unit:UNKNOWN_UNIT',
      '6:receivedAt:INVALID_DATE',
      '7:companyName:REQUIRED',
      '7:productName:REQUIRED',
      '7:receivedAt:REQUIRED',
      '7:caseNumber:INVALID_CASE_NUMBER',
      '7:officer:UNKNOWN_OFFICER',
    ]);
    expect(counts()).toEqual(before);
  });

  it('checks first, imports all on commit, and a second import of the same file changes nothing', async () => {
    const check = await importFile(csv(...good), false);
    expect(check).toMatchObject({ rows: 2, toCreate: 2, created: 0, errors: [] });
    const before = counts();
    expect(await importFile(csv(...good), true)).toMatchObject({ toCreate: 2, created: 2 });
    const after = counts();
    expect(await importFile(csv(...good), true)).toMatchObject({ toCreate: 0, unchanged: 2, created: 0 });
    expect(counts()).toEqual(after);
    expect(after).not.toEqual(before);
    const changed = await importFile(csv(good[0]!.replace('HD-1', 'HD-2')), true);
    expect(changed.errors.map((e) => e.code)).toEqual(['CASE_EXISTS_DIFFERENT']);
  });

  it('rows that name the same new company and product share one of each', async () => {
    const r = await importFile(
      csv(
        'TN-1150301,新創公司,,,,電器,智慧插座,A,S1,,115/11/26',
        'TN-1150302,新創公司,,,,電器,智慧插座,B,S1,,115/11/26',
        'TN-1150303,另一家公司,10000004,,,電器,智慧插座,C,S1,,115/11/26',
        'TN-1150304,另一家公司,10000004,,,電器,智慧燈泡,D,S1,,115/11/26',
      ),
      true,
    );
    expect(r).toMatchObject({ created: 4, errors: [] });
    const db = app.ctx.db!;
    expect(db.prepare("SELECT count(*) FROM companies WHERE name IN ('新創公司', '另一家公司')").pluck().get()).toBe(2);
    expect(db.prepare("SELECT count(*) FROM products WHERE name LIKE '智慧%'").pluck().get()).toBe(2);
  });

  it('reads XLSX exports with date cells, and Big5 CSV', async () => {
    const xlsx = await writeXlsxFile([
      HEADER.split(',').map((value) => ({ value })),
      ['TN-1150201', '峯綉電機股份有限公司', '04595257', '', '', '電器', '電暖器', 'EH-9', 'S1', '', new Date('2026-11-20T00:00:00Z')].map((value) => ({ value, ...(value instanceof Date ? { format: 'yyyy-mm-dd' } : {}) })),
    ]).toBuffer();
    expect(await importFile(xlsx.toString('base64'), true, 'export.xlsx')).toMatchObject({ created: 1, errors: [] });
    const big5 = encodeBig5(`${HEADER}\r\nTN-1150202,標準檢驗股份有限公司,,,,電器,電風扇,F-1,S1,,115/11/26\r\n`);
    expect(await importFile(Buffer.from(big5).toString('base64'), true, 'big5.csv')).toMatchObject({ created: 1, errors: [] });
    const found = await app.ok<{ results: { companyName: string }[] }>('counter', 'case:search', { q: '標準檢驗', kind: 'company' });
    expect(found.results.map((r) => r.companyName)).toEqual(['標準檢驗股份有限公司']);
    const unreadable = await importFile(Buffer.from('not a spreadsheet').toString('base64'), true, 'cases.pdf');
    expect(unreadable.errors.map((e) => e.code)).toEqual(['UNREADABLE_FILE']);
  });
});

describe('case search plans', () => {
  it('gives the newest cases of matching names whichever plan it picks', async () => {
    // Two companies with many cases each: a name matching both makes the newest-first scan cheaper.
    const made: string[] = [];
    for (let i = 0; i < 60; i++) {
      clock += 60_000;
      const company = i % 2 === 0 ? { name: '永大電機股份有限公司', ubn: '22099131' } : { name: '永大電子有限公司', ubn: null };
      await newCase(`YD-${1000 + i}`, { company });
      made.push(`YD-${1000 + i}`);
    }
    clock += 60_000;
    await newCase('ZZ-0001', { company: { name: '其他公司', ubn: null } });
    const r = await app.ok<{ results: { caseNumber: string }[] }>('counter', 'case:search', { q: '永大', kind: 'company' });
    expect(r.results.map((c) => c.caseNumber)).toEqual(made.reverse().slice(0, 50));
    const one = await app.ok<{ results: { caseNumber: string }[] }>('counter', 'case:search', { q: '電子', kind: 'company' });
    expect(one.results).toHaveLength(30);
    // Every company matches: the newest-first scan is the cheaper plan here.
    const all = await app.ok<{ results: { caseNumber: string }[] }>('counter', 'case:search', { q: '公司', kind: 'company' });
    expect(all.results.map((c) => c.caseNumber)).toEqual(['ZZ-0001', ...made.slice(0, 49)]);
  });
});
