import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../migrate';
import { MIGRATIONS } from './index';
import { useDatabaseAt } from './testing';
import { m004Printing } from './004-printing';

const at = useDatabaseAt();
const profile = (id: string, extra: Record<string, unknown> = {}) => ({
  id, name: id, kind: 'label', transport: 'tcp9100', language: 'zpl', dpi: 203, width_mm: 60, height_mm: 40,
  host: '127.0.0.1', port: 9100, is_default_label: 0, is_default_a4: 0, created_at: 't', updated_at: 't', ...extra,
});
const insertProfile = (db: Database, row: Record<string, unknown>) =>
  db.prepare(`INSERT INTO printer_profiles (id, name, kind, transport, language, dpi, width_mm, height_mm, host, port,
    is_default_label, is_default_a4, created_at, updated_at) VALUES (@id, @name, @kind, @transport, @language, @dpi,
    @width_mm, @height_mm, @host, @port, @is_default_label, @is_default_a4, @created_at, @updated_at)`).run(row);

describe('migration 004 (printing)', () => {
  it('is the fourth step and adds the device-local printing tables on top of 003', () => {
    expect(MIGRATIONS.indexOf(m004Printing)).toBe(3);
    const db = at(3);
    migrate(db, MIGRATIONS.slice(0, 4));
    expect(schemaVersion(db)).toBe(4);
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['printer_profiles', 'print_jobs']));
  });

  it('allows one default label printer and one default A4 printer, and only known transports', () => {
    const db = at(4);
    insertProfile(db, profile('a', { is_default_label: 1 }));
    expect(() => insertProfile(db, profile('b', { is_default_label: 1 }))).toThrow(/UNIQUE/);
    insertProfile(db, profile('c', { kind: 'a4', language: 'pdf', transport: 'system', is_default_a4: 1 }));
    expect(() => insertProfile(db, profile('d', { is_default_a4: 1 }))).toThrow(/UNIQUE/);
    expect(() => insertProfile(db, profile('e', { transport: 'usb' }))).toThrow(/CHECK/);
  });

  it('keeps job states to the five the queue knows', () => {
    const db = at(4);
    const job = (state: string) =>
      db.prepare(`INSERT INTO print_jobs (id, kind, title, profile_name, transport, language, payload_file, payload_bytes,
        payload_sha256, state, created_at, updated_at) VALUES (?, 'label', 't', 'p', 'tcp9100', 'zpl', 'f', 1, 'h', ?, 't', 't')`).run(state, state);
    for (const s of ['queued', 'sending', 'done', 'failed', 'uncertain']) job(s);
    expect(() => job('printed')).toThrow(/CHECK/);
  });
});
