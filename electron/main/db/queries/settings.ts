import type { Database } from 'better-sqlite3';
import type { Setting } from '../../../../shared/domain/reference';
import type { TableStore } from './table-store';
import { noIndex } from './table-store';

interface SettingRow {
  key: string;
  value: string;
}
const toSetting = (r: SettingRow): Setting => ({ key: r.key, value: JSON.parse(r.value) as Setting['value'] });

export const settingsStore = (db: Database): TableStore<'settings'> => {
  const get = db.prepare<[string], SettingRow>('SELECT key, value FROM settings WHERE key = ?');
  const all = db.prepare<[], SettingRow>('SELECT key, value FROM settings ORDER BY key');
  const put = db.prepare<[SettingRow]>(
    'INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const del = db.prepare<[string]>('DELETE FROM settings WHERE key = ?');
  return {
    get: (key) => {
      const r = get.get(key);
      return r && toSetting(r);
    },
    put: (s) => void put.run({ key: s.key, value: JSON.stringify(s.value) }),
    delete: (key) => void del.run(key),
    findBy: noIndex,
    all: () => all.all().map(toSetting),
  };
};
