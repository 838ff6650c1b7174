import type { Migration } from './types';

/**
 * Printer profiles and the print queue. Both are DEVICE-LOCAL state (like login_attempts): a printer
 * at one counter means nothing on another laptop, so they are plain tables, never synced mutations.
 */
export const m004Printing: Migration = {
  version: 4,
  name: 'printing',
  up(db) {
    db.exec(`
      CREATE TABLE printer_profiles (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('label', 'a4')),
        transport TEXT NOT NULL CHECK (transport IN ('tcp9100', 'spooler_raw', 'system', 'pdf_file')),
        language TEXT NOT NULL CHECK (language IN ('zpl', 'tspl', 'pdf')),
        dpi INTEGER NOT NULL CHECK (dpi IN (203, 300)),
        width_mm REAL NOT NULL,
        height_mm REAL NOT NULL,
        gap_mm REAL NOT NULL DEFAULT 2,
        host TEXT,
        port INTEGER,
        queue TEXT,
        directory TEXT,
        is_default_label INTEGER NOT NULL DEFAULT 0 CHECK (is_default_label IN (0, 1)),
        is_default_a4 INTEGER NOT NULL DEFAULT 0 CHECK (is_default_a4 IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX printer_profiles_by_name ON printer_profiles(name);
      CREATE UNIQUE INDEX printer_profiles_default_label ON printer_profiles(is_default_label) WHERE is_default_label = 1;
      CREATE UNIQUE INDEX printer_profiles_default_a4 ON printer_profiles(is_default_a4) WHERE is_default_a4 = 1;

      -- A job keeps its payload file and its state: queued -> sending -> done | failed | uncertain.
      -- profile_* columns are a snapshot, so the queue still reads right after a profile is changed.
      CREATE TABLE print_jobs (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('label', 'pdf', 'test')),
        title TEXT NOT NULL,
        profile_id TEXT,
        profile_name TEXT NOT NULL,
        transport TEXT NOT NULL,
        language TEXT NOT NULL,
        payload_file TEXT NOT NULL,
        payload_bytes INTEGER NOT NULL,
        payload_sha256 TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'done', 'failed', 'uncertain')),
        attempts INTEGER NOT NULL DEFAULT 0,
        error_code TEXT,
        error_message TEXT,
        spool_id TEXT,
        reprint_of TEXT REFERENCES print_jobs(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX print_jobs_by_created ON print_jobs(created_at DESC, id DESC);
      CREATE INDEX print_jobs_by_state ON print_jobs(state) WHERE state IN ('queued', 'sending');
    `);
  },
};
