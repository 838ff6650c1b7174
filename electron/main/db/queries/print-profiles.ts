import type { Database } from 'better-sqlite3';

export interface PrinterProfileRow {
  id: string;
  name: string;
  kind: 'label' | 'a4';
  transport: 'tcp9100' | 'spooler_raw' | 'system' | 'pdf_file';
  language: 'zpl' | 'tspl' | 'pdf';
  dpi: 203 | 300;
  width_mm: number;
  height_mm: number;
  gap_mm: number;
  host: string | null;
  port: number | null;
  queue: string | null;
  directory: string | null;
  is_default_label: 0 | 1;
  is_default_a4: 0 | 1;
  created_at: string;
  updated_at: string;
}

const COLS = `id, name, kind, transport, language, dpi, width_mm, height_mm, gap_mm, host, port, queue, directory,
  is_default_label, is_default_a4, created_at, updated_at`;

/** Printer profiles: device-local settings (a printer belongs to this desk), never synced. */
export const printProfileQueries = (db: Database) => {
  const all = db.prepare<[], PrinterProfileRow>(`SELECT ${COLS} FROM printer_profiles ORDER BY name`);
  const get = db.prepare<[string], PrinterProfileRow>(`SELECT ${COLS} FROM printer_profiles WHERE id = ?`);
  const byName = db.prepare<[string], PrinterProfileRow>(`SELECT ${COLS} FROM printer_profiles WHERE name = ?`);
  const defaultLabel = db.prepare<[], PrinterProfileRow>(`SELECT ${COLS} FROM printer_profiles WHERE is_default_label = 1`);
  const defaultA4 = db.prepare<[], PrinterProfileRow>(`SELECT ${COLS} FROM printer_profiles WHERE is_default_a4 = 1`);
  const put = db.prepare<[PrinterProfileRow]>(
    `INSERT INTO printer_profiles (${COLS}) VALUES (@id, @name, @kind, @transport, @language, @dpi, @width_mm, @height_mm,
       @gap_mm, @host, @port, @queue, @directory, @is_default_label, @is_default_a4, @created_at, @updated_at)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, transport = excluded.transport,
       language = excluded.language, dpi = excluded.dpi, width_mm = excluded.width_mm, height_mm = excluded.height_mm,
       gap_mm = excluded.gap_mm, host = excluded.host, port = excluded.port, queue = excluded.queue,
       directory = excluded.directory, is_default_label = excluded.is_default_label, is_default_a4 = excluded.is_default_a4,
       updated_at = excluded.updated_at`,
  );
  const clearDefaultLabel = db.prepare<[string]>('UPDATE printer_profiles SET is_default_label = 0 WHERE is_default_label = 1 AND id <> ?');
  const clearDefaultA4 = db.prepare<[string]>('UPDATE printer_profiles SET is_default_a4 = 0 WHERE is_default_a4 = 1 AND id <> ?');
  const del = db.prepare<[string]>('DELETE FROM printer_profiles WHERE id = ?');
  return {
    all: () => all.all(),
    get: (id: string) => get.get(id),
    byName: (name: string) => byName.get(name),
    defaultLabel: () => defaultLabel.get(),
    defaultA4: () => defaultA4.get(),
    /** Saves a profile; a new default takes the flag from whichever profile had it, in one transaction. */
    save: db.transaction((row: PrinterProfileRow) => {
      if (row.is_default_label === 1) clearDefaultLabel.run(row.id);
      if (row.is_default_a4 === 1) clearDefaultA4.run(row.id);
      put.run(row);
    }),
    delete: (id: string) => del.run(id).changes > 0,
  };
};
