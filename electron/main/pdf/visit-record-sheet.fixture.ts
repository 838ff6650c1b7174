import type { VisitRecordContent, VisitRecordSheetInput } from './visit-record-sheet-input';

/** Sample 附件1 sheets for the tests, the PNG reviews, the visit kit's fixture and the benchmark. */

export const sampleVisitRecordContent = (): VisitRecordContent => ({
  serviceDay: '2026-12-03',
  startedAt: '2026-12-03T09:30:00+08:00',
  endedAt: '2026-12-03T11:10:00+08:00',
  serviceUnitName: '第二課',
  inspectorNames: ['陳建宏', '林淑芬'],
  companyName: '峯綉電機股份有限公司',
  companyUbn: '04595257',
  address: '臺南市安南區工業二路 31 號',
  contactName: '王堃喆（品保課長）',
  contactPhone: '06-2345678 分機 215',
  productCategory: '電器商品（電風扇、除濕機）',
  serviceMode: 'onsite',
  categories: ['regulation', 'technical', 'online_application'],
  categoryOther: '',
  occasion: 'business_request',
  occasionOther: '',
  inquiry: '新款直流馬達電風扇上市前應辦理何種檢驗程序？型式認可與驗證登錄有何不同？線上申辦要準備哪些文件？',
  summary:
    '一、說明電風扇屬應施檢驗商品，得選擇驗證登錄或型式認可逐批檢驗，並比較兩者之時程與費用。\n' +
    '二、依 CNS 60335-1 及 CNS 60335-2-80 說明溫升、機械強度及防護網之試驗重點，檢視樣品標示不足處（額定消耗功率、製造號碼）。\n' +
    '三、現場示範「報驗發證管理系統」線上申辦流程及應上傳之技術文件，業者已完成帳號申請。',
  eServiceTaught: true,
  personTrips: 3,
  businessComments: '說明清楚，省去往返分局的時間。希望日後能以電子郵件通知法規修正。',
});

export const sampleVisitRecordSheetInput = (overrides: Partial<VisitRecordSheetInput> = {}): VisitRecordSheetInput => ({
  branchName: '經濟部標準檢驗局臺南分局',
  content: sampleVisitRecordContent(),
  status: 'signed',
  signOff: {
    signerName: '黃志明',
    signedAt: '2026-12-04T10:20:00+08:00',
    asDeputyOf: null,
    keyId: 'key-7f3a9c',
    signatureFingerprint: '3be1c07a9d44',
  },
  recordId: 'rec-20261203-0012',
  printedAt: new Date('2026-12-04T11:00:00+08:00'),
  ...overrides,
});

/** What the visit kit prints before the visit: only what is known, the rest left for handwriting. */
export const samplePrefilledVisitRecordContent = (): VisitRecordContent => ({
  ...sampleVisitRecordContent(),
  startedAt: null,
  endedAt: null,
  serviceMode: 'onsite',
  categories: [],
  summary: '',
  eServiceTaught: null,
  personTrips: null,
  businessComments: '',
});
