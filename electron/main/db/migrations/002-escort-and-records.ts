import type { Migration } from './types';

/** Counter escort service (專人全程服務), record sheets with sign-off (陳核), signing keys, deputies. */
export const m002EscortAndRecords: Migration = {
  version: 2,
  name: 'escort-and-records',
  up(db) {
    db.exec(`
      CREATE TABLE companies (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        ubn TEXT
      ) STRICT;
      CREATE UNIQUE INDEX companies_by_ubn ON companies(ubn) WHERE ubn IS NOT NULL;
      CREATE INDEX companies_by_name ON companies(name);

      CREATE TABLE visitors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        phone TEXT NOT NULL,
        company_id TEXT REFERENCES companies(id)
      ) STRICT;
      CREATE INDEX visitors_by_phone ON visitors(phone);
      CREATE INDEX visitors_by_name ON visitors(name);

      CREATE TABLE escort_visits (
        id TEXT PRIMARY KEY,
        day_key TEXT NOT NULL,
        visitor_id TEXT NOT NULL REFERENCES visitors(id),
        company_id TEXT REFERENCES companies(id),
        item_ids TEXT NOT NULL CHECK (json_valid(item_ids)),
        unit_ids TEXT NOT NULL CHECK (json_valid(unit_ids)),
        receiving_unit_id TEXT NOT NULL REFERENCES units(id),
        mode TEXT NOT NULL CHECK (mode IN ('escort', 'direct')),
        escort_requested INTEGER NOT NULL CHECK (escort_requested IN (0, 1)),
        status TEXT NOT NULL CHECK (status IN ('waiting', 'in_service', 'finished', 'cancelled')),
        escort_id TEXT REFERENCES staff(id),
        arrived_at TEXT NOT NULL,
        service_started_at TEXT,
        finished_at TEXT,
        satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
        remarks TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id)
      ) STRICT;
      CREATE INDEX escort_visits_by_day ON escort_visits(day_key, status);
      CREATE INDEX escort_visits_by_escort_day ON escort_visits(escort_id, day_key);
      CREATE INDEX escort_visits_by_status ON escort_visits(status, escort_id);

      CREATE TABLE escort_stops (
        id TEXT PRIMARY KEY,
        visit_id TEXT NOT NULL REFERENCES escort_visits(id),
        unit_id TEXT NOT NULL REFERENCES units(id),
        item_id TEXT NOT NULL REFERENCES business_items(id),
        started_at TEXT NOT NULL,
        ended_at TEXT,
        outcome TEXT CHECK (outcome IN ('done', 'pending_documents', 'referred', 'other')),
        note TEXT NOT NULL
      ) STRICT;
      CREATE INDEX escort_stops_by_visit ON escort_stops(visit_id, started_at);

      CREATE TABLE escort_reassignments (
        id TEXT PRIMARY KEY,
        visit_id TEXT NOT NULL REFERENCES escort_visits(id),
        from_staff_id TEXT NOT NULL REFERENCES staff(id),
        to_staff_id TEXT NOT NULL REFERENCES staff(id),
        reason TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL REFERENCES staff(id)
      ) STRICT;
      CREATE INDEX escort_reassignments_by_visit ON escort_reassignments(visit_id);

      CREATE TABLE staff_absences (
        id TEXT PRIMARY KEY,
        staff_id TEXT NOT NULL REFERENCES staff(id),
        day_key TEXT NOT NULL,
        reason TEXT NOT NULL
      ) STRICT;
      CREATE INDEX staff_absences_by_staff ON staff_absences(staff_id, day_key);

      CREATE TABLE record_sheets (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        unit_id TEXT NOT NULL REFERENCES units(id),
        subject_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'signed')),
        content TEXT NOT NULL CHECK (json_valid(content)),
        created_by TEXT NOT NULL REFERENCES staff(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        submitted_by TEXT REFERENCES staff(id),
        submitted_at TEXT,
        returned_by TEXT REFERENCES staff(id),
        returned_at TEXT,
        return_reason TEXT,
        signed_by TEXT REFERENCES staff(id),
        signed_at TEXT,
        signed_as_deputy_of TEXT REFERENCES staff(id),
        signer_key_id TEXT,
        signature TEXT,
        correction_of TEXT REFERENCES record_sheets(id),
        CHECK (status != 'signed' OR (signed_by IS NOT NULL AND signature IS NOT NULL AND signed_at IS NOT NULL))
      ) STRICT;
      CREATE INDEX record_sheets_by_subject ON record_sheets(subject_id);
      CREATE INDEX record_sheets_queue ON record_sheets(unit_id, status, submitted_at);
      -- A signed record never changes, whatever code runs: the database refuses it too.
      CREATE TRIGGER record_sheets_signed_no_update BEFORE UPDATE ON record_sheets WHEN OLD.status = 'signed'
        BEGIN SELECT RAISE(ABORT, 'RECORD_SIGNED: a signed record never changes'); END;
      CREATE TRIGGER record_sheets_signed_no_delete BEFORE DELETE ON record_sheets WHEN OLD.status = 'signed'
        BEGIN SELECT RAISE(ABORT, 'RECORD_SIGNED: a signed record never changes'); END;

      CREATE TABLE signing_keys (
        id TEXT PRIMARY KEY,
        staff_id TEXT NOT NULL REFERENCES staff(id),
        public_key TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX signing_keys_by_staff ON signing_keys(staff_id);
      CREATE TRIGGER signing_keys_no_update BEFORE UPDATE ON signing_keys
        BEGIN SELECT RAISE(ABORT, 'signing keys never change'); END;

      CREATE TABLE sign_deputies (
        id TEXT PRIMARY KEY,
        unit_id TEXT NOT NULL REFERENCES units(id),
        deputy_id TEXT NOT NULL REFERENCES staff(id),
        chief_id TEXT NOT NULL REFERENCES staff(id),
        from_day TEXT NOT NULL,
        to_day TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sign_deputies_by_deputy ON sign_deputies(deputy_id);

      -- Device-local: a person's signing private key, encrypted with a key derived from their password.
      CREATE TABLE signing_secrets (
        key_id TEXT PRIMARY KEY,
        staff_id TEXT NOT NULL,
        sealed TEXT NOT NULL
      ) STRICT;
    `);
  },
};
