import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CalendarVisit, ScheduleWarningOut, VisitRecordView } from '../../../../shared/ipc/contract-visits';
import { plainTextPdf } from '../../pdf/visit-kit/visit-kit.fixture';
import { pdfPageCount, pdfText } from '../../pdf/testing/poppler';
import { addSignedInStaff, createTestApp, setUpAdmin } from '../../testing/app-fixture';
import type { TestApp } from '../../testing/app-fixture';

/**
 * Factory visits through the real dispatcher and a real SQLite file: request → scheduled visit → kit →
 * car approved by the secretariat → 附件1 filled → signed by the chief; and every refusal the issue names.
 */
let app: TestApp;
// 2026-11-27 09:00 in Taiwan.
let clock = Date.parse('2026-11-27T01:00:00Z');
const PASSWORD = 'staff-password-1';
let inspector1: string;
let inspector2: string;

beforeEach(async () => {
  clock = Date.parse('2026-11-27T01:00:00Z');
  const opened: string[] = [];
  app = createTestApp({ now: () => new Date(clock), openFile: async (f) => void opened.push(f) });
  await setUpAdmin(app);
  await app.ok('admin', 'parameter:set', { key: 'session.idleLockMinutes', value: 240 });
  inspector1 = await addSignedInStaff(app, 'insp1', ['inspector'], 'unit-s1');
  inspector2 = await addSignedInStaff(app, 'insp2', ['inspector'], 'unit-s1');
  await addSignedInStaff(app, 'chief', ['chief'], 'unit-s1');
  await addSignedInStaff(app, 'sec', ['secretariat'], 'unit-s6');
  await addSignedInStaff(app, 'counter', ['counter'], 'unit-s6');
});
afterEach(() => app.close());

const company = { name: '範例電器股份有限公司', ubn: '04595257' };
const slot = (dayKey = '2026-12-01', startTime = '09:30', endTime = '11:00') => ({ dayKey, startTime, endTime });
const newVisit = async (over: Record<string, unknown> = {}, sender = 'insp1') =>
  app.ok<{ visitId: string; warnings: ScheduleWarningOut[] }>(sender, 'visit:create', { ...baseCreate(), ...over });
const refusal = async (sender: string, channel: string, input: unknown) => (await app.call(sender, channel, input)).error;

describe('requests, visits and the calendar', () => {
  it('a request becomes a visit on the calendar; answering another by phone records a done service', async () => {
    const { requestId } = await app.ok<{ requestId: string }>('insp1', 'visitRequest:create', {
      unitId: 'unit-s1',
      channel: 'phone',
      company,
      contactName: '林經理',
      contactPhone: '06-2345678',
      address: '臺南市安南區工業一路1號',
      category: 'electrical',
      question: '新型電風扇是否須驗證登錄？',
    });
    const open = await app.ok<{ id: string; companyName: string; status: string }[]>('insp1', 'visitRequest:list', { status: 'open' });
    expect(open).toEqual([expect.objectContaining({ id: requestId, companyName: company.name, status: 'open' })]);
    expect(await app.ok('insp1', 'visitRequest:list', { status: 'open', unitId: 'unit-s1' })).toEqual(open);
    expect(await app.ok('insp1', 'visitRequest:list', { status: 'all', unitId: 'unit-s6' })).toEqual([]);

    // The visit takes the request's company whatever the form says.
    const { visitId } = await newVisit({ requestId, occasion: 'business_request', company: { name: '別家', ubn: null }, slot: null });
    expect(await app.ok('insp1', 'visitRequest:list', { status: 'open' })).toEqual([]);
    const waiting = await app.ok<CalendarVisit[]>('insp1', 'visit:waiting', {});
    expect(waiting.map((v) => [v.id, v.companyName, v.status])).toEqual([[visitId, company.name, 'waiting']]);

    const scheduled = await app.ok<{ warnings: unknown[] }>('insp1', 'visit:schedule', {
      visitId,
      slot: slot(),
      inspectorIds: [inspector1, inspector2],
    });
    expect(scheduled.warnings).toEqual([]);
    expect(await app.ok('insp1', 'visit:waiting', {})).toEqual([]);
    const month = await app.ok<{ visits: CalendarVisit[] }>('insp1', 'visit:calendar', { fromDay: '2026-12-01', toDay: '2026-12-31' });
    expect(month.visits).toEqual([
      expect.objectContaining({
        id: visitId,
        dayKey: '2026-12-01',
        startTime: '09:30',
        area: '台南市',
        inspectors: [
          { staffId: inspector1, name: '測試insp1' },
          { staffId: inspector2, name: '測試insp2' },
        ],
      }),
    ]);
    const detail = await app.ok<{ request: { id: string } | null; visit: { companyUbn: string } }>('insp1', 'visit:get', { visitId });
    expect(detail.request?.id).toBe(requestId);
    expect(detail.visit.companyUbn).toBe(company.ubn);

    // Another request, answered in writing: a done 'letter' service with a drafted 附件1, not on the calendar.
    const second = await app.ok<{ requestId: string }>('insp2', 'visitRequest:create', {
      unitId: 'unit-s1', channel: 'letter', company, contactName: '', contactPhone: '', address: '', category: 'electrical', question: '標示疑義',
    });
    const answered = await app.ok<{ visitId: string; recordId: string }>('insp2', 'visitRequest:answer', {
      requestId: second.requestId,
      mode: 'letter',
      summary: '以書面說明標示規定',
    });
    const rec = await app.ok<VisitRecordView>('insp2', 'visitRecord:get', { visitId: answered.visitId });
    expect(rec).toMatchObject({ recordId: answered.recordId, status: 'draft', content: { serviceMode: 'letter', summary: '以書面說明標示規定' } });
    const day = await app.ok<{ visits: CalendarVisit[] }>('insp1', 'visit:calendar', { fromDay: '2026-11-27', toDay: '2026-11-27' });
    expect(day.visits).toEqual([]);
  });

  it('warns of an inspector booked twice and of visits far apart on one day; filters by inspector and unit', async () => {
    const a = await newVisit();
    const b = await newVisit({ slot: slot('2026-12-01', '10:30', '12:00'), company: { name: '乙公司', ubn: null } });
    expect(b.warnings).toEqual([
      { kind: 'double_booked', dayKey: '2026-12-01', staffId: inspector1, staffName: '測試insp1', visitIds: [a.visitId, b.visitId] },
    ]);
    const c = await newVisit({
      slot: slot('2026-12-01', '15:00', '16:00'),
      address: '高雄市前鎮區成功二路',
      company: { name: '丙公司', ubn: null },
      unitId: 'unit-s2',
    });
    expect(c.warnings.map((w) => w.kind)).toEqual(['far_apart']);
    const all = await app.ok<{ visits: CalendarVisit[]; warnings: ScheduleWarningOut[] }>('insp1', 'visit:calendar', {
      fromDay: '2026-11-29',
      toDay: '2026-12-05',
    });
    expect(all.visits.map((v) => v.id)).toEqual([a.visitId, b.visitId, c.visitId]);
    expect(all.warnings.map((w) => w.kind).sort()).toEqual(['double_booked', 'far_apart']);
    // The unit's view shows its visits only, but judges its inspectors over all their visits.
    const unit = await app.ok<{ visits: CalendarVisit[]; warnings: ScheduleWarningOut[] }>('insp1', 'visit:calendar', {
      fromDay: '2026-11-29', toDay: '2026-12-05', unitId: 'unit-s2',
    });
    expect(unit.visits.map((v) => v.id)).toEqual([c.visitId]);
    expect(unit.warnings.map((w) => w.kind).sort()).toEqual(['double_booked', 'far_apart']);
    const other = await app.ok<{ visits: CalendarVisit[] }>('insp1', 'visit:calendar', {
      fromDay: '2026-11-29', toDay: '2026-12-05', inspectorId: inspector2,
    });
    expect(other.visits).toEqual([]);
    // Moving b away clears the double booking.
    const moved = await app.ok<{ warnings: ScheduleWarningOut[] }>('insp1', 'visit:reschedule', { visitId: b.visitId, slot: slot('2026-12-02') });
    expect(moved.warnings).toEqual([]);
    expect(await refusal('insp1', 'visit:calendar', { fromDay: '2026-12-31', toDay: '2026-12-01' })).toMatchObject({ code: 'invalid_input' });
  });

  it('refuses a date in the past, an end before its start and an inspector on leave, with codes, writing nothing', async () => {
    await app.ok('admin', 'absence:save', { staffId: inspector2, dayKey: '2026-12-01', reason: '休假' });
    const before = (app.ctx.db!.prepare('SELECT count(*) AS n FROM factory_visits').get() as { n: number }).n;
    expect(await refusal('insp1', 'visit:create', { ...baseCreate(), slot: slot('2026-11-26') })).toMatchObject({ code: 'rejected', reason: 'VISIT_IN_PAST' });
    expect(await refusal('insp1', 'visit:create', { ...baseCreate(), slot: slot('2026-12-01', '11:00', '09:30') })).toMatchObject({
      reason: 'ENDS_BEFORE_START',
    });
    expect(await refusal('insp1', 'visit:create', { ...baseCreate(), inspectorIds: [inspector1, inspector2] })).toMatchObject({
      reason: 'INSPECTOR_ABSENT',
      details: { staffId: inspector2 },
    });
    expect((app.ctx.db!.prepare('SELECT count(*) AS n FROM factory_visits').get() as { n: number }).n).toBe(before);
    expect(await refusal('counter', 'visit:create', baseCreate())).toMatchObject({ code: 'forbidden' });
  });
});

const baseCreate = () => ({
  requestId: null,
  occasion: 'violation',
  unitId: 'unit-s1',
  company,
  contactName: '林經理',
  contactPhone: '06-2345678',
  address: '臺南市安南區工業一路1號',
  category: 'electrical',
  purpose: '違規商品訪查',
  inspectorIds: [inspector1],
  slot: slot(),
});

describe('cars', () => {
  const addCars = async () => {
    const car1 = await app.ok<{ id: string }>('admin', 'vehicle:save', { plate: 'AB-1234', model: 'Toyota Altis', seats: 5, active: true });
    const car2 = await app.ok<{ id: string }>('admin', 'vehicle:save', { plate: 'CD-5678', model: 'Toyota Previa', seats: 8, active: true });
    return { car1: car1.id, car2: car2.id };
  };

  it('prefilled from a visit, approved by the secretariat; an overlapping booking of the car is refused (VEHICLE_OVERLAP)', async () => {
    const { car1, car2 } = await addCars();
    const { visitId } = await newVisit({ inspectorIds: [inspector1, inspector2] });
    const prefill = await app.ok<Record<string, unknown>>('insp1', 'vehicleRequest:prefill', { visitId });
    expect(prefill).toMatchObject({
      visitId,
      unitId: 'unit-s1',
      startAt: '2026-12-01T00:30:00.000Z',
      endAt: '2026-12-01T04:00:00.000Z',
      passengers: ['測試insp1', '測試insp2'],
    });
    const { requestId } = await app.ok<{ requestId: string }>('insp1', 'vehicleRequest:create', { ...prefill, driverNeeded: true });
    const queue = await app.ok<{ pending: { id: string; applicantName: string }[] }>('sec', 'vehicleRequest:queue', {});
    expect(queue.pending).toEqual([expect.objectContaining({ id: requestId, applicantName: '測試insp1' })]);
    expect(await refusal('insp1', 'vehicleRequest:queue', {})).toMatchObject({ code: 'forbidden' });
    await app.ok('sec', 'vehicleRequest:approve', { requestId, vehicleId: car1, driverName: '陳駕駛' });

    // Another request overlapping in time: car1 is refused, car2 is given.
    const other = await app.ok<{ requestId: string }>('insp2', 'vehicleRequest:create', {
      visitId: null, unitId: 'unit-s1', startAt: '2026-12-01T11:30:00+08:00', endAt: '2026-12-01T14:00:00+08:00',
      destination: '高雄市', purpose: '取樣', passengers: ['測試insp2'], driverNeeded: false, preferredVehicleId: null,
    });
    expect(await refusal('sec', 'vehicleRequest:approve', { requestId: other.requestId, vehicleId: car1, driverName: '' })).toMatchObject({
      code: 'rejected',
      reason: 'VEHICLE_OVERLAP',
      details: { requestId },
    });
    await app.ok('sec', 'vehicleRequest:approve', { requestId: other.requestId, vehicleId: car2, driverName: '' });

    await app.ok('insp1', 'vehicleRequest:odometer', { requestId, odometerOut: 12000, odometerIn: null });
    await app.ok('sec', 'vehicleRequest:odometer', { requestId, odometerOut: 12000, odometerIn: 12085 });
    const q2 = await app.ok<{ pending: unknown[]; approved: { id: string }[] }>('sec', 'vehicleRequest:queue', {});
    expect(q2.approved.map((r) => r.id)).toEqual([other.requestId]);

    const detail = await app.ok<{ vehicleRequests: { id: string; vehiclePlate: string | null; status: string }[] }>('insp1', 'visit:get', { visitId });
    expect(detail.vehicleRequests).toEqual([expect.objectContaining({ id: requestId, status: 'approved', vehiclePlate: 'AB-1234' })]);

    const form = await app.ok<{ path: string; bytes: number }>('insp1', 'vehicleRequest:pdf', { requestId, open: false });
    expect(form.path.startsWith(path.join(app.dir, 'forms'))).toBe(true);
    const text = pdfText(fs.readFileSync(form.path));
    expect(text).toContain('使用汽車申請單');
    expect(text).toContain('AB-1234');
    expect(text).toContain('陳駕駛');
  });

  it('returned with a reason; a returned request holds nothing and the applicant sees why', async () => {
    const { car1 } = await addCars();
    const req = (over: Record<string, unknown> = {}) => ({
      visitId: null, unitId: 'unit-s1', startAt: '2026-12-01T09:00:00+08:00', endAt: '2026-12-01T12:00:00+08:00',
      destination: '臺南市', purpose: '公務', passengers: [], driverNeeded: false, preferredVehicleId: car1, ...over,
    });
    const a = await app.ok<{ requestId: string }>('insp1', 'vehicleRequest:create', req());
    // The pending request holds car1: asking for it at an overlapping time is refused at once.
    expect(await refusal('insp2', 'vehicleRequest:create', req())).toMatchObject({ reason: 'VEHICLE_OVERLAP' });
    await app.ok('sec', 'vehicleRequest:return', { requestId: a.requestId, reason: '當日車輛保養' });
    const mine = await app.ok<{ status: string; returnReason: string | null }[]>('insp1', 'vehicleRequest:list', {});
    expect(mine).toEqual([expect.objectContaining({ status: 'returned', returnReason: '當日車輛保養' })]);
    await app.ok('insp2', 'vehicleRequest:create', req());
  });
});

describe('regulations library', () => {
  it('keeps a PDF under the data folder by its sha256; refuses a non-PDF with REGULATION_NOT_PDF and keeps nothing of it', async () => {
    const src = path.join(app.dir, 'upload');
    fs.mkdirSync(src);
    const pdf = await plainTextPdf('CNS 60335-1 家用電器安全', 2);
    fs.writeFileSync(path.join(src, 'cns.pdf'), pdf);
    fs.writeFileSync(path.join(src, 'photo.pdf'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
    const entry = { title: '家用和類似用途電器產品的安全', number: 'CNS 60335-1', version: '2023', effectiveDate: '2024-01-01', category: 'electrical' };

    const bad = await refusal('admin', 'regulation:save', { ...entry, filePath: path.join(src, 'photo.pdf') });
    expect(bad).toMatchObject({ code: 'rejected', reason: 'REGULATION_NOT_PDF' });
    expect(fs.existsSync(path.join(app.dir, 'regulations')) ? fs.readdirSync(path.join(app.dir, 'regulations')) : []).toEqual([]);
    expect(await refusal('admin', 'regulation:save', { ...entry, filePath: path.join(src, 'missing.pdf') })).toMatchObject({
      reason: 'REGULATION_FILE_UNREADABLE',
    });
    expect(await refusal('insp1', 'regulation:save', { ...entry, filePath: path.join(src, 'cns.pdf') })).toMatchObject({ code: 'forbidden' });

    const { id } = await app.ok<{ id: string }>('admin', 'regulation:save', { ...entry, filePath: path.join(src, 'cns.pdf') });
    const [row] = await app.ok<{ id: string; fileSha256: string; fileAvailable: boolean; fileBytes: number }[]>('insp1', 'regulation:list', {
      category: 'electrical',
    });
    expect(row).toMatchObject({ id, fileAvailable: true, fileBytes: pdf.length });
    expect(fs.readFileSync(path.join(app.dir, 'regulations', `${row?.fileSha256}.pdf`))).toEqual(pdf);
    // Edited without a new file: the file stays.
    await app.ok('admin', 'regulation:save', { ...entry, id, version: '2024' });
    expect(await app.ok('insp1', 'regulation:list', { category: 'food' })).toEqual([]);
    await app.ok('admin', 'regulation:remove', { regulationId: id });
    expect(fs.readdirSync(path.join(app.dir, 'regulations'))).toEqual([]);
  });
});

describe('the kit and the 附件1 record', () => {
  it('kit: saved under the data folder with the category’s regulations, the prefilled sheet and the e點通 guide', async () => {
    const src = path.join(app.dir, 'cns.pdf');
    fs.writeFileSync(src, await plainTextPdf('CNS 60335-1 家用電器安全', 2));
    await app.ok('admin', 'regulation:save', {
      title: '家用電器安全', number: 'CNS 60335-1', version: '2023', effectiveDate: '2024-01-01', category: 'electrical', filePath: src,
    });
    const { visitId } = await newVisit();
    expect(await refusal('insp1', 'visit:kit', { visitId, open: false })).toMatchObject({ reason: 'PUBLIC_URL_MISSING' });
    await app.ok('admin', 'settings:setPublicUrl', { url: 'https://e.bsmi.example/' });
    const kit = await app.ok<{ path: string; bytes: number; pages: number; missingFiles: string[] }>('insp1', 'visit:kit', { visitId, open: false });
    expect(kit.path).toBe(path.join(app.dir, 'kits', `visit-${visitId}.pdf`));
    expect(kit.missingFiles).toEqual([]);
    const bytes = fs.readFileSync(kit.path);
    expect(pdfPageCount(bytes)).toBe(kit.pages);
    const text = pdfText(bytes);
    for (const words of ['準備到廠服務資料', company.name, 'CNS 60335-1', '主動到府關心行動服務紀錄表', 'e點通']) expect(text).toContain(words);
    const detail = await app.ok<{ kitPath: string | null }>('insp1', 'visit:get', { visitId });
    expect(detail.kitPath).toBe(kit.path);
  });

  it('filled, refused while incomplete (RECORD_INCOMPLETE), submitted (visit done), signed by the chief, printed', async () => {
    const { visitId } = await newVisit();
    const first = await app.ok<VisitRecordView>('insp1', 'visitRecord:get', { visitId });
    expect(first).toMatchObject({ recordId: null, status: null, can: { edit: true, submit: false } });
    expect(first.content).toMatchObject({ companyName: company.name, companyUbn: company.ubn, serviceDay: '2026-12-01', inspectorNames: ['測試insp1'] });
    expect(first.missing).toEqual(['category', 'summary', 'eServiceTaught', 'personTrips']);

    const { recordId } = await app.ok<{ recordId: string }>('insp1', 'visitRecord:update', {
      visitId,
      content: { ...first.content, summary: '說明商品檢驗規定' },
    });
    expect(await refusal('insp1', 'visitRecord:submit', { visitId })).toMatchObject({
      code: 'rejected',
      reason: 'RECORD_INCOMPLETE',
      details: { fields: 'category,eServiceTaught,personTrips' },
    });
    const filled = { ...first.content, summary: '說明商品檢驗規定', category: 'regulation', eServiceTaught: true, personTrips: 3, businessComments: '感謝' };
    expect((await app.ok<{ recordId: string }>('insp1', 'visitRecord:update', { visitId, content: filled })).recordId).toBe(recordId);
    await app.ok('insp1', 'visitRecord:submit', { visitId });
    expect((await app.ok<{ visit: { status: string } }>('insp1', 'visit:get', { visitId })).visit.status).toBe('done');

    const queue = await app.ok<{ toSign: { id: string; title: string; subjectDay: string | null }[] }>('chief', 'record:queue');
    expect(queue.toSign).toEqual([expect.objectContaining({ id: recordId, title: `主動到府關心行動服務紀錄表（${company.name}）`, subjectDay: '2026-12-01' })]);
    await app.ok('chief', 'record:sign', { recordId, password: PASSWORD });
    expect(await app.ok('insp1', 'record:verify', { recordId })).toMatchObject({ valid: true });
    const signed = await app.ok<VisitRecordView>('insp1', 'visitRecord:get', { visitId });
    expect(signed).toMatchObject({ status: 'signed', can: { edit: false, submit: false } });
    expect(await refusal('insp1', 'visitRecord:update', { visitId, content: filled })).toMatchObject({ reason: 'RECORD_SIGNED' });

    const pdf = await app.ok<{ path: string }>('insp1', 'record:pdf', { recordId });
    const text = pdfText(fs.readFileSync(pdf.path));
    expect(text).toContain('主動到府關心行動服務紀錄表');
    expect(text).toContain('說明商品檢驗規定');
    expect(text).toContain('民國115年12月1日');
  });
});
