import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../migrate';
import { MIGRATIONS } from './index';
import { useDatabaseAt } from './testing';
import { m006Sync } from './006-sync';

const at = useDatabaseAt();

const withSignedRecord = (db: Database) => {
  db.exec(`
    INSERT INTO branches (id, code, name) VALUES ('b', 'B', 'Branch');
    INSERT INTO units (id, branch_id, code, name, kind, sort_order, active) VALUES ('u', 'b', 'U', 'Unit', 'section', 0, 1);
    INSERT INTO staff (id, unit_id, name, username, roles, active, demo) VALUES ('s', 'u', 'S', 's', '["chief"]', 1, 0);
    INSERT INTO signing_keys (id, staff_id, public_key, created_at) VALUES ('k', 's', 'pk', 't');
    INSERT INTO record_sheets (id, kind, unit_id, subject_id, status, content, created_by, created_at, updated_at,
      signed_by, signed_at, signer_key_id, signature) VALUES ('r', 'escort', 'u', 'v', 'signed', '{}', 's', 't', 't', 's', 't', 'k', 'sig');
  `);
};

describe('migration 006 (sync)', () => {
  it('is the sixth step and adds the device-local sync tables with one state row', () => {
    expect(MIGRATIONS.indexOf(m006Sync)).toBe(5);
    const db = at(5);
    migrate(db, MIGRATIONS.slice(0, 6));
    expect(schemaVersion(db)).toBe(6);
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining(['sync_state', 'sync_rejections', 'sync_before_images', 'sync_staging', 'sync_apply_guard']),
    );
    expect(db.prepare('SELECT cursor, pushed_seq, interval_seconds, hub_url, sealed_token FROM sync_state').all()).toEqual([
      { cursor: 0, pushed_seq: 0, interval_seconds: 30, hub_url: null, sealed_token: null },
    ]);
    // A hub address without a sealed token (or the reverse) cannot be stored.
    expect(() => db.prepare("UPDATE sync_state SET hub_url = 'https://hub'").run()).toThrow(/CHECK/);
    expect(() => db.prepare('INSERT INTO sync_state (id) VALUES (2)').run()).toThrow(/CHECK/);
  });

  it('keeps refusing changes to signed records and signing keys, except inside a sync apply', () => {
    const db = at(6);
    withSignedRecord(db);
    expect(() => db.prepare("UPDATE record_sheets SET content = '{\"x\":1}' WHERE id = 'r'").run()).toThrow(/RECORD_SIGNED/);
    expect(() => db.prepare("DELETE FROM record_sheets WHERE id = 'r'").run()).toThrow(/RECORD_SIGNED/);
    expect(() => db.prepare("UPDATE signing_keys SET public_key = 'x' WHERE id = 'k'").run()).toThrow(/never change/);
    db.transaction(() => {
      db.prepare('INSERT INTO sync_apply_guard (id) VALUES (1)').run();
      db.prepare("UPDATE record_sheets SET content = '{\"x\":1}' WHERE id = 'r'").run();
      db.prepare("UPDATE signing_keys SET public_key = 'pk2' WHERE id = 'k'").run();
      db.prepare('DELETE FROM sync_apply_guard').run();
    })();
    expect(db.prepare("SELECT content FROM record_sheets WHERE id = 'r'").get()).toEqual({ content: '{"x":1}' });
    expect(() => db.prepare("DELETE FROM record_sheets WHERE id = 'r'").run()).toThrow(/RECORD_SIGNED/);
    expect(() => db.prepare('INSERT INTO sync_apply_guard (id) VALUES (2)').run()).toThrow(/CHECK/);
  });
});
