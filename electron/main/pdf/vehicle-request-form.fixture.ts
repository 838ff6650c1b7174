import type { VehicleRequestFormInput } from './vehicle-request-form-input';

/** Sample 使用汽車申請單 for the tests and the PNG review: approved, with the odometer filled in. */
export const sampleVehicleRequestFormInput = (overrides: Partial<VehicleRequestFormInput> = {}): VehicleRequestFormInput => ({
  branchName: '經濟部標準檢驗局臺南分局',
  requestId: 'vr-20261203-003',
  status: 'approved',
  unitName: '第二課',
  applicantName: '陳建宏',
  filedAt: '2026-11-28T14:12:00+08:00',
  startAt: '2026-12-03T08:40:00+08:00',
  endAt: '2026-12-03T12:10:00+08:00',
  destination: '峯綉電機股份有限公司（臺南市安南區工業二路 31 號）',
  purpose: '主動到府關心行動服務：電風扇檢驗程序及線上申辦輔導',
  passengers: ['陳建宏', '林淑芬'],
  driverNeeded: true,
  visitNote: '訪廠 v-20261203-01',
  approval: {
    vehiclePlate: 'AKB-3021',
    vehicleDescription: 'Toyota Corolla Altis（5人座）',
    driverName: '張文雄',
    approverName: '吳美玲',
    approvedAt: '2026-11-30T09:05:00+08:00',
  },
  returned: null,
  odometerOut: 48211,
  odometerIn: 48268,
  printedAt: new Date('2026-12-03T13:00:00+08:00'),
  ...overrides,
});
