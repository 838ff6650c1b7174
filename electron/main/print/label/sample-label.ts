import type { CaseLabel } from './model';

/**
 * A fixed label for tests, benches, screenshots and the test print: a long company name (it wraps
 * and is cut), a product with Latin and full-width characters, and a 26-character base32 token.
 */
export const sampleCaseLabel = (over: Partial<CaseLabel> = {}): CaseLabel => ({
  caseNumber: 'T115-0001234',
  companyName: '台灣精密電子股份有限公司新竹科學園區分公司',
  productName: '電動機車充電器 EVC-3000（鋰電池用）',
  date: new Date('2026-11-27T02:00:00Z'),
  url: 'https://hub.example/C/ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ...over,
});
