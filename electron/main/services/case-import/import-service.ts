import { readSheet } from 'read-excel-file/node';
import type { Staff } from '../../../../shared/domain/reference';
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { Executor } from '../../db/executor';
import { IMPORT_CHUNK } from '../../../../shared/mutations/inspection-case';
import { actorOf } from '../actor';
import type { CaseService } from '../cases';
import { newBatchNames } from '../cases';
import { decodeCsvBytes, parseCsv } from './csv';
import type { Cell, ImportError, ImportRow } from './import-rows';
import { validateImportRows } from './import-rows';

const MAX_LISTED_ERRORS = 500;

const readTable = async (fileName: string, bytes: Buffer): Promise<{ table: Cell[][]; encoding: string } | null> => {
  const lower = fileName.toLowerCase();
  try {
    if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
      const { text, encoding } = decodeCsvBytes(bytes);
      return { table: parseCsv(text), encoding };
    }
    if (lower.endsWith('.xlsx')) return { table: (await readSheet(bytes)) as Cell[][], encoding: 'xlsx' };
  } catch {
    return null;
  }
  return null;
};

/**
 * Bulk import of the bureau system's case export. Every row is checked first; if any row is wrong,
 * nothing is written and every error is listed. Otherwise all new cases go in one transaction.
 * A case already present with the same data is left alone, so importing the same file twice
 * changes nothing; one present with different data is an error, never a silent overwrite.
 */
export const createCaseImportService = ({ executor, cases }: { executor: Executor; cases: CaseService }) => {
  const { stores } = executor;

  const sameAsStored = (r: ImportRow): boolean | null => {
    const c = stores.inspection_cases.findBy('caseNumber', r.caseNumber)[0];
    if (!c) return null;
    const company = stores.companies.get(c.companyId);
    const product = stores.products.get(c.productId);
    return (
      company?.name === r.companyName &&
      (company.ubn ?? null) === r.ubn &&
      product?.name === r.productName &&
      c.productModel === r.productModel &&
      c.unitId === r.unitId &&
      c.officerId === r.officerId &&
      c.category === r.category &&
      c.contactName === r.contactName &&
      c.contactPhone === r.contactPhone &&
      Date.parse(c.receivedAt) === Date.parse(r.receivedAt)
    );
  };

  return {
    async run(me: Staff, i: ChannelInput<'case:import'>): Promise<ChannelOutput<'case:import'>> {
      const bytes = Buffer.from(i.contentBase64, 'base64');
      const read = await readTable(i.fileName, bytes);
      const result = (errors: ImportError[], extra: { rows?: number; toCreate?: number; unchanged?: number; created?: number } = {}) => ({
        fileName: i.fileName,
        format: read?.encoding ?? 'unknown',
        rows: extra.rows ?? 0,
        toCreate: extra.toCreate ?? 0,
        unchanged: extra.unchanged ?? 0,
        created: extra.created ?? 0,
        errorCount: errors.length,
        errors: errors.slice(0, MAX_LISTED_ERRORS),
        committed: (extra.created ?? 0) > 0,
      });
      if (!read) return result([{ row: 0, column: null, code: 'UNREADABLE_FILE', value: i.fileName.slice(0, 80) }]);

      const { rows, errors } = validateImportRows(read.table, { units: stores.units.all(), staff: stores.staff.all() });
      const fresh: ImportRow[] = [];
      let unchanged = 0;
      for (const r of rows) {
        const same = sameAsStored(r);
        if (same === null) fresh.push(r);
        else if (same) unchanged++;
        else errors.push({ row: r.row, column: 'caseNumber', code: 'CASE_EXISTS_DIFFERENT', value: r.caseNumber });
      }
      errors.sort((a, b) => a.row - b.row);
      const counts = { rows: read.table.length - 1, toCreate: fresh.length, unchanged };
      if (errors.length > 0 || !i.commit || fresh.length === 0) return result(errors, counts);

      const actor = actorOf(me);
      const batch = newBatchNames();
      const creates = fresh.map((r) => {
        const { row: _row, ...c } = r;
        return cases.createArgs(c, batch);
      });
      const items = [];
      for (let k = 0; k < creates.length; k += IMPORT_CHUNK) {
        items.push({ name: 'case.import' as const, args: { fileName: i.fileName, cases: creates.slice(k, k + IMPORT_CHUNK) }, actor });
      }
      const out = executor.applyBatch(items);
      if (!out.ok) {
        // Checked above, so only a race (another change in between) gets here; name the chunk's first row.
        const row = fresh[out.index * IMPORT_CHUNK]?.row ?? 0;
        const code = out.outcome.kind === 'rejected' ? out.outcome.code : out.outcome.kind;
        return result([{ row, column: null, code: code as ImportError['code'], value: '' }], counts);
      }
      return result([], { ...counts, created: fresh.length });
    },
  };
};
export type CaseImportService = ReturnType<typeof createCaseImportService>;
