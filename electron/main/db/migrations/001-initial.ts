import type { Migration } from './types';

/** Reference data, the outbox, the audit log and device-local state. */
export const m001Initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE branches (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        name TEXT NOT NULL
      ) STRICT;

      CREATE TABLE units (
        id TEXT PRIMARY KEY,
        branch_id TEXT NOT NULL REFERENCES branches(id),
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('section', 'office', 'secretariat')),
        sort_order INTEGER NOT NULL,
        active INTEGER NOT NULL CHECK (active IN (0, 1)),
        UNIQUE (branch_id, code)
      ) STRICT;

      CREATE TABLE staff (
        id TEXT PRIMARY KEY,
        unit_id TEXT NOT NULL REFERENCES units(id),
        name TEXT NOT NULL,
        username TEXT NOT NULL UNIQUE,
        roles TEXT NOT NULL CHECK (json_valid(roles)),
        active INTEGER NOT NULL CHECK (active IN (0, 1)),
        demo INTEGER NOT NULL CHECK (demo IN (0, 1))
      ) STRICT;
      CREATE INDEX staff_by_unit ON staff(unit_id);

      CREATE TABLE business_items (
        id TEXT PRIMARY KEY,
        unit_id TEXT NOT NULL REFERENCES units(id),
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        active INTEGER NOT NULL CHECK (active IN (0, 1)),
        demo INTEGER NOT NULL CHECK (demo IN (0, 1))
      ) STRICT;
      CREATE INDEX business_items_by_unit ON business_items(unit_id);

      CREATE TABLE parameters (
        key TEXT PRIMARY KEY,
        value REAL NOT NULL
      ) STRICT;

      CREATE TABLE credentials (
        staff_id TEXT PRIMARY KEY REFERENCES staff(id),
        verifier TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;

      -- Device-local: this installation's identity and its next outbox sequence number.
      CREATE TABLE device (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        device_id TEXT NOT NULL,
        next_seq INTEGER NOT NULL
      ) STRICT;

      -- Mutations applied locally and not yet acknowledged by the hub, in order.
      CREATE TABLE outbox (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        name TEXT NOT NULL,
        args TEXT NOT NULL CHECK (json_valid(args)),
        actor_id TEXT,
        device_time TEXT NOT NULL,
        schema_version INTEGER NOT NULL
      ) STRICT;

      -- Append-only, hash-chained: each row's hash covers its content and the previous hash.
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor_id TEXT,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        summary TEXT NOT NULL,
        mutation_id TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

      -- Device-local lock-out state for the login screen.
      CREATE TABLE login_attempts (
        username TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        locked_until TEXT
      ) STRICT;
    `);
  },
};
