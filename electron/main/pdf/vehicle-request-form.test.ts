import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontProblems, hugeWords, layoutProblems, sortedChars, squashedText } from './form-kit-testing';
import { pdfPageCount, pdfText, pdfToPng } from './testing/poppler';
import { renderVehicleRequestForm, usePeriod } from './vehicle-request-form';
import { sampleVehicleRequestFormInput } from './vehicle-request-form.fixture';

const REVIEW_DIR = path.resolve(__dirname, '../../../test-results/pdf');
const RETURNED = { reason: '當日公務車均已派出，請改搭大眾運輸或改期。', returnedBy: '吳美玲', returnedAt: '2026-11-30T09:05:00+08:00' };

describe('使用汽車申請單 (approved, odometer filled in)', () => {
  const input = sampleVehicleRequestFormInput();
  let pdf: Buffer;
  let text: string;
  beforeAll(async () => {
    pdf = await renderVehicleRequestForm(input);
    text = pdfText(pdf);
    pdfToPng(pdf, path.join(REVIEW_DIR, 'vehicle-request-form-approved'));
  });

  it('prints the applicant part: unit, applicant, ROC date and times, destination, purpose, passengers, driver', () => {
    for (const v of ['使用汽車申請單', '經濟部標準檢驗局臺南分局', '申請單位', '第二課', '陳建宏', 'vr-20261203-003']) expect(text).toContain(v);
    expect(text).toContain('民國115年11月28日');
    expect(text).toContain('民國115年12月3日 08:40 至 12:10（共 3小時30分）');
    expect(text).toContain('峯綉電機股份有限公司（臺南市安南區工業二路 31 號）');
    expect(text).toContain('主動到府關心行動服務：電風扇檢驗程序及線上申辦輔導');
    expect(text).toContain('（訪廠 v-20261203-01）');
    expect(text).toContain('陳建宏、林淑芬（共 2 人）');
    expect(text).toContain('■需派駕駛');
    expect(text).toContain('□不需派駕駛（自行駕駛）');
  });

  it('prints the approval: car, model, driver, approver and time', () => {
    for (const v of ['秘', 'AKB-3021', 'Toyota Corolla Altis（5人座）', '張文雄', '吳美玲']) expect(text).toContain(v);
    expect(text).toContain('核准時間');
    expect(text).toContain('民國115年11月30日 09:05');
    expect(text).toContain('核准 民國115年11月30日 09:05');
    for (const mark of ['待核', '退回', '已取消', '退回原因']) expect(text).not.toContain(mark);
    expect(hugeWords(pdf)).toEqual([]);
  });

  it('prints the odometer out and in and the distance', () => {
    expect(text).toContain('48,211 公里');
    expect(text).toContain('48,268 公里');
    expect(text).toMatch(/行駛里程\s+57 公里/);
  });

  it('has the signature boxes, the footer, one page and only Noto Sans TC subsets', () => {
    expect(text).toMatch(/申請人\s+單位主管\s+駕駛\s+秘書室核准/);
    expect(text).toContain('第 1 頁／共 1 頁');
    expect(text).toContain('列印時間：民國115年12月3日 13:00');
    expect(text).toContain('申請單號：vr-20261203-003');
    expect(pdfPageCount(pdf)).toBe(1);
    expect(fontProblems(pdf)).toEqual([]);
    expect(layoutProblems(pdf)).toEqual([]);
  });

  it('gives the same bytes for the same input', async () => {
    expect((await renderVehicleRequestForm(sampleVehicleRequestFormInput())).equals(pdf)).toBe(true);
  });
});

describe('other states', () => {
  it('a returned request prints the reason and who returned it, no car, and is watermarked 退回', async () => {
    const pdf = await renderVehicleRequestForm(
      sampleVehicleRequestFormInput({ status: 'returned', approval: null, returned: RETURNED, odometerOut: null, odometerIn: null }),
    );
    const text = pdfText(pdf);
    pdfToPng(pdf, path.join(REVIEW_DIR, 'vehicle-request-form-returned'));
    expect(text).toContain('【退回】');
    expect(text).toMatch(/退回原因\s+當日公務車均已派出，請改搭大眾運輸或改期。/);
    expect(text).toMatch(/退\s*回\s*人\s+吳美玲\s+退回時間\s+民國115年11月30日 09:05/);
    expect(text).not.toContain('AKB-3021');
    expect(text).not.toContain('核准時間');
    expect(sortedChars(hugeWords(pdf).map((w) => w.text).join(''))).toBe(sortedChars('退回'));
    expect(layoutProblems(pdf)).toEqual([]);
  });

  it('a pending request says 待核, has no watermark and leaves the secretariat part blank', async () => {
    const pdf = await renderVehicleRequestForm(
      sampleVehicleRequestFormInput({ status: 'pending', approval: null, odometerOut: null, odometerIn: null }),
    );
    const text = pdfText(pdf);
    expect(text).toContain('【待核】');
    expect(hugeWords(pdf)).toEqual([]);
    expect(text).not.toContain('AKB-3021');
    expect(text).not.toContain('公里');
  });

  it('a cancelled request is watermarked 已取消', async () => {
    const pdf = await renderVehicleRequestForm(sampleVehicleRequestFormInput({ status: 'cancelled', approval: null }));
    expect(pdfText(pdf)).toContain('【已取消】');
    expect(sortedChars(hugeWords(pdf).map((w) => w.text).join(''))).toBe(sortedChars('已取消'));
  });

  it('an approval without a driver prints 自行駕駛', async () => {
    const base = sampleVehicleRequestFormInput();
    const approval = { ...(base.approval as NonNullable<typeof base.approval>), driverName: '' };
    const text = pdfText(await renderVehicleRequestForm({ ...base, driverNeeded: false, approval }));
    expect(text).toContain('□需派駕駛');
    expect(text).toContain('■不需派駕駛（自行駕駛）');
    expect(text).toMatch(/駕\s+駛\s+（自行駕駛）/);
  });

  it('refuses a status that does not match the approval or return facts', async () => {
    const base = sampleVehicleRequestFormInput();
    await expect(async () => renderVehicleRequestForm({ ...base, status: 'pending' })).rejects.toThrow(/approval/);
    await expect(async () => renderVehicleRequestForm({ ...base, approval: null })).rejects.toThrow(/approval/);
    await expect(async () => renderVehicleRequestForm({ ...base, status: 'returned', approval: null })).rejects.toThrow(/return/);
  });
});

describe('times, odometer and hostile text', () => {
  it('prints both days for a use that ends on another day, in Taiwan time', () => {
    expect(usePeriod('2026-12-03T22:00:00Z', '2026-12-04T10:30:00+08:00')).toBe(
      '民國115年12月4日 06:00 至 10:30（共 4小時30分）',
    );
    expect(usePeriod('2026-12-03T08:00:00+08:00', '2026-12-04T17:00:00+08:00')).toBe(
      '民國115年12月3日 08:00 至 民國115年12月4日 17:00（共 33小時0分）',
    );
    expect(usePeriod('garbage', '2026-12-04T17:00:00+08:00')).toBe('garbage 至 2026-12-04T17:00:00+08:00');
  });

  it('flags a return reading below the departure reading instead of printing a negative distance', async () => {
    const text = pdfText(await renderVehicleRequestForm(sampleVehicleRequestFormInput({ odometerOut: 50000, odometerIn: 49990 })));
    expect(text).toContain('返回里程小於出發里程，請查核');
    expect(text).not.toContain('-10');
  });

  it('survives 200 passengers, a 10,000-character purpose and markup: every character kept, nothing outside the page', async () => {
    const purpose = Array.from({ length: 10_000 }, (_, i) => '甲乙丙丁戊己庚辛壬癸'[i % 10]).join('');
    const pdf = await renderVehicleRequestForm(
      sampleVehicleRequestFormInput({
        purpose,
        passengers: Array.from({ length: 200 }, (_, i) => `乘員${i + 1}`),
        destination: '<script>alert(1)</script>\u202E𠮷野家',
        applicantName: '林'.repeat(80),
      }),
    );
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(2);
    expect(squashedText(pdf, /^[甲乙丙丁戊己庚辛壬癸]+$/)).toBe(purpose);
    const text = pdfText(pdf);
    expect(text).toContain('乘員200');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).not.toMatch(/[\u202A-\u202E]/);
    expect(pdfText(pdf, pages)).toContain('秘書室核准');
    for (let p = 2; p <= pages; p++) expect(pdfText(pdf, p)).toContain('使用汽車申請單（續）');
    expect(layoutProblems(pdf)).toEqual([]);
  });
});
