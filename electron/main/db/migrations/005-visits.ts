import type { Migration } from './types';

/**
 * Factory visits (主動到府關心行動服務): requests, visits and their inspectors, the fleet and vehicle requests
 * (使用汽車申請單), the regulations library. Sized for a month's calendar over years of visits: a visit is
 * found by day, by inspector and day, and by unit and day.
 */
export const m005Visits: Migration = {
  version: 5,
  name: 'visits',
  up(db) {
    db.exec(`
      CREATE TABLE visit_requests (
        id TEXT PRIMARY KEY,
        unit_id TEXT NOT NULL REFERENCES units(id),
        channel TEXT NOT NULL CHECK (channel IN ('phone', 'letter', 'walk_in', 'other')),
        company_id TEXT NOT NULL REFERENCES companies(id),
        contact_name TEXT NOT NULL,
        contact_phone TEXT NOT NULL,
        address TEXT NOT NULL,
        category TEXT NOT NULL,
        question TEXT NOT NULL,
        received_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id),
        status TEXT NOT NULL CHECK (status IN ('open', 'visit', 'answered', 'cancelled')),
        visit_id TEXT
      ) STRICT;
      CREATE INDEX visit_requests_by_status ON visit_requests(status, received_at DESC);
      CREATE INDEX visit_requests_by_unit ON visit_requests(unit_id, status, received_at DESC);
      CREATE INDEX visit_requests_by_company ON visit_requests(company_id);

      CREATE TABLE factory_visits (
        id TEXT PRIMARY KEY,
        unit_id TEXT NOT NULL REFERENCES units(id),
        request_id TEXT REFERENCES visit_requests(id),
        occasion TEXT NOT NULL CHECK (occasion IN ('business_request', 'violation', 'sampling', 'certification', 'accident')),
        mode TEXT NOT NULL CHECK (mode IN ('on_site', 'phone', 'letter')),
        company_id TEXT NOT NULL REFERENCES companies(id),
        contact_name TEXT NOT NULL,
        contact_phone TEXT NOT NULL,
        address TEXT NOT NULL,
        category TEXT NOT NULL,
        purpose TEXT NOT NULL,
        inspector_ids TEXT NOT NULL CHECK (json_valid(inspector_ids) AND json_array_length(inspector_ids) >= 1),
        day_key TEXT,
        start_time TEXT,
        end_time TEXT,
        status TEXT NOT NULL CHECK (status IN ('waiting', 'scheduled', 'done', 'cancelled')),
        cancel_reason TEXT,
        created_by TEXT NOT NULL REFERENCES staff(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (status = 'waiting' OR status = 'cancelled' OR day_key IS NOT NULL),
        CHECK (start_time IS NULL OR end_time IS NULL OR start_time < end_time)
      ) STRICT;
      CREATE INDEX factory_visits_by_day ON factory_visits(day_key, start_time);
      CREATE INDEX factory_visits_by_unit_day ON factory_visits(unit_id, day_key);
      CREATE INDEX factory_visits_by_request ON factory_visits(request_id) WHERE request_id IS NOT NULL;
      CREATE INDEX factory_visits_waiting ON factory_visits(status, created_at) WHERE status = 'waiting';

      -- Who goes on which visit, by day: kept by triggers from factory_visits.inspector_ids (never written
      -- by code, never synced), so "an inspector's month" is an index range, not a scan of every visit.
      CREATE TABLE visit_inspectors (
        visit_id TEXT NOT NULL REFERENCES factory_visits(id) ON DELETE CASCADE,
        staff_id TEXT NOT NULL,
        day_key TEXT,
        PRIMARY KEY (visit_id, staff_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX visit_inspectors_by_staff_day ON visit_inspectors(staff_id, day_key);
      CREATE TRIGGER factory_visits_inspectors_insert AFTER INSERT ON factory_visits BEGIN
        INSERT OR IGNORE INTO visit_inspectors (visit_id, staff_id, day_key)
          SELECT NEW.id, value, NEW.day_key FROM json_each(NEW.inspector_ids);
      END;
      CREATE TRIGGER factory_visits_inspectors_update AFTER UPDATE OF inspector_ids, day_key ON factory_visits BEGIN
        DELETE FROM visit_inspectors WHERE visit_id = NEW.id;
        INSERT OR IGNORE INTO visit_inspectors (visit_id, staff_id, day_key)
          SELECT NEW.id, value, NEW.day_key FROM json_each(NEW.inspector_ids);
      END;
      CREATE TRIGGER factory_visits_inspectors_delete AFTER DELETE ON factory_visits BEGIN
        DELETE FROM visit_inspectors WHERE visit_id = OLD.id;
      END;

      CREATE TABLE vehicles (
        id TEXT PRIMARY KEY,
        plate TEXT NOT NULL UNIQUE,
        model TEXT NOT NULL,
        seats INTEGER NOT NULL CHECK (seats BETWEEN 1 AND 60),
        active INTEGER NOT NULL CHECK (active IN (0, 1))
      ) STRICT;

      CREATE TABLE vehicle_requests (
        id TEXT PRIMARY KEY,
        unit_id TEXT NOT NULL REFERENCES units(id),
        applicant_id TEXT NOT NULL REFERENCES staff(id),
        visit_id TEXT REFERENCES factory_visits(id),
        start_at TEXT NOT NULL,
        end_at TEXT NOT NULL,
        destination TEXT NOT NULL,
        purpose TEXT NOT NULL,
        passengers TEXT NOT NULL CHECK (json_valid(passengers)),
        driver_needed INTEGER NOT NULL CHECK (driver_needed IN (0, 1)),
        preferred_vehicle_id TEXT REFERENCES vehicles(id),
        status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'returned', 'cancelled')),
        vehicle_id TEXT REFERENCES vehicles(id),
        driver_name TEXT NOT NULL,
        decided_by TEXT REFERENCES staff(id),
        decided_at TEXT,
        return_reason TEXT,
        odometer_out INTEGER,
        odometer_in INTEGER,
        CHECK (status != 'approved' OR vehicle_id IS NOT NULL)
      ) STRICT;
      CREATE INDEX vehicle_requests_by_vehicle ON vehicle_requests(vehicle_id, start_at) WHERE status = 'approved';
      CREATE INDEX vehicle_requests_by_preferred ON vehicle_requests(preferred_vehicle_id, start_at) WHERE status = 'pending';
      CREATE INDEX vehicle_requests_by_status ON vehicle_requests(status, start_at);
      CREATE INDEX vehicle_requests_by_applicant ON vehicle_requests(applicant_id, start_at DESC);
      CREATE INDEX vehicle_requests_by_visit ON vehicle_requests(visit_id) WHERE visit_id IS NOT NULL;

      CREATE TABLE regulations (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        number TEXT NOT NULL,
        version TEXT NOT NULL,
        effective_date TEXT NOT NULL,
        category TEXT NOT NULL,
        file_name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
        file_bytes INTEGER NOT NULL CHECK (file_bytes > 0),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES staff(id)
      ) STRICT;
      CREATE INDEX regulations_by_category ON regulations(category, number);
    `);
  },
};
