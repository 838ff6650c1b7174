import type { Database } from 'better-sqlite3';
import type { Setting } from '../../../../shared/domain/reference';
import type { TableStore } from './table-store';
import { sqlStore } from './table-store';

interface SettingRow {
  key: string;
  value: string;
}

export const settingsStore = (db: Database): TableStore<'settings'> =>
  sqlStore<'settings', SettingRow>(
    db,
    {
      get: 'SELECT key, value FROM settings WHERE key = ?',
      all: 'SELECT key, value FROM settings ORDER BY key',
      put: 'INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      del: 'DELETE FROM settings WHERE key = ?',
      by: {},
    },
    (r): Setting => ({ key: r.key, value: JSON.parse(r.value) as Setting['value'] }),
    (s) => ({ key: s.key, value: JSON.stringify(s.value) }),
  );
