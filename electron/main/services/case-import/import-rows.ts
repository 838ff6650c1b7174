import { caseNumberSchema, PRODUCT_CATEGORIES } from '../../../../shared/domain/inspection-case';
import type { ProductCategory } from '../../../../shared/domain/inspection-case';
import { isValidUbn } from '../../../../shared/domain/ubn';

/**
 * Turns the rows of a bureau export (CSV or XLSX, Chinese headers) into cases to create, with a
 * row-level error for everything wrong. Pure: the caller supplies the units and staff to match.
 */

export type Cell = string | number | boolean | Date | null | undefined;

export const IMPORT_COLUMNS = {
  caseNumber: ['報驗號碼', '案件編號', '案號'],
  companyName: ['公司名稱', '申請人', '業者名稱'],
  ubn: ['統一編號', '統編'],
  contactName: ['聯絡人'],
  contactPhone: ['聯絡電話', '電話'],
  category: ['商品類別', '類別'],
  productName: ['商品名稱', '品名'],
  productModel: ['型號', '型式'],
  unit: ['承辦單位', '單位'],
  officer: ['承辦人', '承辦人員'],
  receivedAt: ['受理日期', '報驗日期'],
} as const;
export type ImportColumn = keyof typeof IMPORT_COLUMNS;
const REQUIRED: ImportColumn[] = ['caseNumber', 'companyName', 'productName', 'unit', 'receivedAt'];

const CATEGORY_WORDS: Record<string, ProductCategory> = {
  電器: 'electrical',
  電機: 'electrical',
  機械: 'mechanical',
  化學: 'chemical',
  化工: 'chemical',
  化學化工: 'chemical',
  食品: 'food',
  度量衡: 'metrology',
  度量衡器: 'metrology',
  其他: 'other',
};

export type ImportErrorCode =
  | 'MISSING_COLUMN'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'INVALID_CASE_NUMBER'
  | 'INVALID_UBN'
  | 'UNKNOWN_CATEGORY'
  | 'UNKNOWN_UNIT'
  | 'UNKNOWN_OFFICER'
  | 'AMBIGUOUS_OFFICER'
  | 'INVALID_DATE'
  | 'DUPLICATE_IN_FILE'
  | 'CASE_EXISTS_DIFFERENT'
  | 'UBN_NAME_CONFLICT'
  | 'TOO_MANY_ROWS'
  | 'EMPTY_FILE'
  | 'UNREADABLE_FILE';

/** `row` is the spreadsheet's own row number (the header is row 1); 0 for whole-file problems. */
export interface ImportError {
  row: number;
  column: ImportColumn | null;
  code: ImportErrorCode;
  value: string;
}

export interface ImportRow {
  row: number;
  caseNumber: string;
  companyName: string;
  ubn: string | null;
  contactName: string;
  contactPhone: string;
  category: ProductCategory;
  productName: string;
  productModel: string;
  unitId: string;
  officerId: string | null;
  receivedAt: string;
}

export interface MatchContext {
  units: readonly { id: string; code: string; name: string }[];
  staff: readonly { id: string; username: string; name: string; active: boolean }[];
}

export const MAX_IMPORT_ROWS = 50_000;
const LIMITS: Partial<Record<ImportColumn, number>> = {
  companyName: 100,
  productName: 100,
  productModel: 60,
  contactName: 50,
  contactPhone: 20,
};

const text = (c: Cell): string => {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString();
  return String(c).trim();
};

/** 受理日期: ROC (115/11/26, 115-11-26, 115.11.26, 1151126), Gregorian (2026-11-26), or a spreadsheet date. Taiwan midnight. */
export const parseImportDate = (c: Cell): string | null => {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : c.toISOString();
  const s = text(c);
  let m = /^(\d{2,3})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(s) ?? /^(\d{3})(\d{2})(\d{2})$/.exec(s);
  let year: number;
  if (m) year = Number(m[1]) + 1911;
  else {
    m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(s);
    if (!m) return null;
    year = Number(m[1]);
  }
  const month = Number(m[2]);
  const day = Number(m[3]);
  const utc = Date.UTC(year, month - 1, day) - 8 * 3600_000;
  const back = new Date(utc + 8 * 3600_000);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return new Date(utc).toISOString();
};

const headerIndex = (header: readonly Cell[]): Partial<Record<ImportColumn, number>> => {
  const names = header.map((h) => text(h).replace(/\s+/g, ''));
  const found: Partial<Record<ImportColumn, number>> = {};
  for (const [key, aliases] of Object.entries(IMPORT_COLUMNS) as [ImportColumn, readonly string[]][]) {
    const i = names.findIndex((n) => aliases.includes(n));
    if (i >= 0) found[key] = i;
  }
  return found;
};

export const validateImportRows = (
  table: readonly (readonly Cell[])[],
  ctx: MatchContext,
): { rows: ImportRow[]; errors: ImportError[] } => {
  const errors: ImportError[] = [];
  const [header, ...body] = table;
  if (!header || body.length === 0) return { rows: [], errors: [{ row: 0, column: null, code: 'EMPTY_FILE', value: '' }] };
  if (body.length > MAX_IMPORT_ROWS) {
    return { rows: [], errors: [{ row: 0, column: null, code: 'TOO_MANY_ROWS', value: String(body.length) }] };
  }
  const at = headerIndex(header);
  const missing = REQUIRED.filter((k) => at[k] === undefined);
  if (missing.length > 0) {
    return { rows: [], errors: missing.map((k) => ({ row: 1, column: k, code: 'MISSING_COLUMN' as const, value: IMPORT_COLUMNS[k][0] })) };
  }
  const units = new Map<string, string>();
  for (const u of ctx.units) {
    units.set(u.code.toUpperCase(), u.id);
    units.set(u.name, u.id);
  }
  const seen = new Map<string, number>();
  const rows: ImportRow[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    const get = (k: ImportColumn) => (at[k] === undefined ? '' : text(cells[at[k]]));
    const fail = (column: ImportColumn, code: ImportErrorCode, value: string) => errors.push({ row, column, code, value: value.slice(0, 80) });
    const before = errors.length;
    for (const k of REQUIRED) if (get(k) === '') fail(k, 'REQUIRED', '');
    for (const [k, max] of Object.entries(LIMITS) as [ImportColumn, number][]) if (get(k).length > max) fail(k, 'TOO_LONG', get(k));
    const number = caseNumberSchema.safeParse(get('caseNumber'));
    if (get('caseNumber') !== '' && !number.success) fail('caseNumber', 'INVALID_CASE_NUMBER', get('caseNumber'));
    const ubn = get('ubn').replace(/\s/g, '');
    if (ubn !== '' && !isValidUbn(ubn)) fail('ubn', 'INVALID_UBN', get('ubn'));
    const categoryText = get('category');
    const category = categoryText === '' ? 'other' : (CATEGORY_WORDS[categoryText] ?? (PRODUCT_CATEGORIES as readonly string[]).find((c) => c === categoryText));
    if (!category) fail('category', 'UNKNOWN_CATEGORY', categoryText);
    const unitId = units.get(get('unit').toUpperCase()) ?? units.get(get('unit'));
    if (get('unit') !== '' && !unitId) fail('unit', 'UNKNOWN_UNIT', get('unit'));
    let officerId: string | null = null;
    const officer = get('officer');
    if (officer !== '') {
      const matches = ctx.staff.filter((s) => s.active && (s.username === officer.toLowerCase() || s.name === officer));
      if (matches.length === 0) fail('officer', 'UNKNOWN_OFFICER', officer);
      else if (matches.length > 1) fail('officer', 'AMBIGUOUS_OFFICER', officer);
      else officerId = matches[0]?.id ?? null;
    }
    const receivedAt = get('receivedAt') === '' ? null : parseImportDate(at.receivedAt === undefined ? null : cells[at.receivedAt]);
    if (get('receivedAt') !== '' && !receivedAt) fail('receivedAt', 'INVALID_DATE', get('receivedAt'));
    if (number.success) {
      const first = seen.get(number.data);
      if (first !== undefined) fail('caseNumber', 'DUPLICATE_IN_FILE', `${number.data}@${first}`);
      else seen.set(number.data, row);
    }
    if (errors.length > before || !number.success || !category || !unitId || !receivedAt) return;
    rows.push({
      row,
      caseNumber: number.data,
      companyName: get('companyName'),
      ubn: ubn === '' ? null : ubn,
      contactName: get('contactName'),
      contactPhone: get('contactPhone'),
      category: category as ProductCategory,
      productName: get('productName'),
      productModel: get('productModel'),
      unitId,
      officerId,
      receivedAt,
    });
  });
  return { rows, errors };
};
