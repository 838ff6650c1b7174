import type { Database } from 'better-sqlite3';
import type { Regulation } from '../../../../shared/domain/visit';
import type { TableStore } from './table-store';
import { sqlStore } from './table-store';
import { columnList, upsertSql } from './sql-text';

interface RegulationRow {
  id: string;
  title: string;
  number: string;
  version: string;
  effective_date: string;
  category: Regulation['category'];
  file_name: string;
  media_type: string;
  file_sha256: string;
  file_bytes: number;
  updated_at: string;
  updated_by: string;
}

const COLUMN_NAMES = [
  'id', 'title', 'number', 'version', 'effective_date', 'category', 'file_name', 'media_type', 'file_sha256', 'file_bytes',
  'updated_at', 'updated_by',
] as const;
const C = columnList(COLUMN_NAMES);

export const regulationsStore = (db: Database): TableStore<'regulations'> =>
  sqlStore<'regulations', RegulationRow>(
    db,
    {
      get: `SELECT ${C} FROM regulations WHERE id = ?`,
      all: `SELECT ${C} FROM regulations ORDER BY category, number, id`,
      put: upsertSql('regulations', COLUMN_NAMES),
      del: 'DELETE FROM regulations WHERE id = ?',
      by: { category: `SELECT ${C} FROM regulations WHERE category = ? ORDER BY number, id` },
    },
    (r): Regulation => ({
      id: r.id,
      title: r.title,
      number: r.number,
      version: r.version,
      effectiveDate: r.effective_date,
      category: r.category,
      fileName: r.file_name,
      mediaType: r.media_type,
      fileSha256: r.file_sha256,
      fileBytes: r.file_bytes,
      updatedAt: r.updated_at,
      updatedBy: r.updated_by,
    }),
    (g) => ({
      id: g.id,
      title: g.title,
      number: g.number,
      version: g.version,
      effective_date: g.effectiveDate,
      category: g.category,
      file_name: g.fileName,
      media_type: g.mediaType,
      file_sha256: g.fileSha256,
      file_bytes: g.fileBytes,
      updated_at: g.updatedAt,
      updated_by: g.updatedBy,
    }),
  );
