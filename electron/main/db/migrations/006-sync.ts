import type { Migration } from './types';

/**
 * The desktop's sync state (issue 5). All DEVICE-LOCAL: never synced, never in the outbox.
 *
 * - sync_state: one row — the hub's address, this device's sealed token (sealed by the OS secret
 *   store, never plain), the applied pull cursor, the staged snapshot's cursor, the hub's last
 *   processed sequence as learned from push results, and the last problem.
 * - sync_rejections: every mutation the hub refused, with its code and message, until the user
 *   dismisses it (dismissed rows stay, marked, for the record).
 * - sync_before_images: for each outbox mutation, the rows it wrote as they were just before it,
 *   so a rebase can take its optimistic effect back before applying the hub's rows.
 * - sync_staging: rows of a multi-page pull (a snapshot), applied in one transaction once the last
 *   page is in, so a child never lands before its parent and a stopped snapshot resumes.
 * - sync_apply_guard: present only inside a sync-apply transaction; the immutability triggers of
 *   signed records and signing keys let exactly those writes through (the hub's rows are the
 *   truth), and keep refusing every ordinary write.
 */
export const m006Sync: Migration = {
  version: 6,
  name: 'sync',
  up(db) {
    db.exec(`
      CREATE TABLE sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        hub_url TEXT,
        device_name TEXT,
        sealed_token TEXT,
        branch_id TEXT,
        cursor INTEGER NOT NULL DEFAULT 0 CHECK (cursor >= 0),
        stage_cursor INTEGER CHECK (stage_cursor >= 0),
        pushed_seq INTEGER NOT NULL DEFAULT 0 CHECK (pushed_seq >= 0),
        full_resync INTEGER NOT NULL DEFAULT 0 CHECK (full_resync IN (0, 1)),
        rebase_pending INTEGER NOT NULL DEFAULT 0 CHECK (rebase_pending IN (0, 1)),
        interval_seconds INTEGER NOT NULL DEFAULT 30 CHECK (interval_seconds BETWEEN 5 AND 3600),
        last_sync_at TEXT,
        last_attempt_at TEXT,
        problem_code TEXT,
        problem_message TEXT,
        CHECK ((hub_url IS NULL) = (sealed_token IS NULL))
      ) STRICT;
      INSERT INTO sync_state (id) VALUES (1);

      CREATE TABLE sync_rejections (
        mutation_id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        args TEXT NOT NULL CHECK (json_valid(args)),
        actor_id TEXT,
        device_time TEXT NOT NULL,
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        received_at TEXT NOT NULL,
        dismissed_at TEXT
      ) STRICT;
      CREATE INDEX sync_rejections_open ON sync_rejections(received_at DESC) WHERE dismissed_at IS NULL;

      CREATE TABLE sync_before_images (
        seq INTEGER NOT NULL,
        ord INTEGER NOT NULL,
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        row TEXT CHECK (row IS NULL OR json_valid(row)),
        PRIMARY KEY (seq, ord),
        UNIQUE (seq, tbl, key)
      ) STRICT;

      CREATE TABLE sync_staging (
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        row TEXT CHECK (row IS NULL OR json_valid(row)),
        version INTEGER NOT NULL,
        PRIMARY KEY (tbl, key)
      ) STRICT;
      CREATE INDEX sync_staging_by_version ON sync_staging(version);

      CREATE TABLE sync_apply_guard (id INTEGER PRIMARY KEY CHECK (id = 1), purpose TEXT NOT NULL DEFAULT 'sync-apply') STRICT;

      DROP TRIGGER record_sheets_signed_no_update;
      DROP TRIGGER record_sheets_signed_no_delete;
      DROP TRIGGER signing_keys_no_update;
      CREATE TRIGGER record_sheets_signed_no_update BEFORE UPDATE ON record_sheets
        WHEN OLD.status = 'signed' AND NOT EXISTS (SELECT 1 FROM sync_apply_guard)
        BEGIN SELECT RAISE(ABORT, 'RECORD_SIGNED: a signed record never changes'); END;
      CREATE TRIGGER record_sheets_signed_no_delete BEFORE DELETE ON record_sheets
        WHEN OLD.status = 'signed' AND NOT EXISTS (SELECT 1 FROM sync_apply_guard)
        BEGIN SELECT RAISE(ABORT, 'RECORD_SIGNED: a signed record never changes'); END;
      CREATE TRIGGER signing_keys_no_update BEFORE UPDATE ON signing_keys
        WHEN NOT EXISTS (SELECT 1 FROM sync_apply_guard)
        BEGIN SELECT RAISE(ABORT, 'signing keys never change'); END;
    `);
  },
};
