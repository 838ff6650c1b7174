import type { Database } from 'better-sqlite3';
import type { RecordSheet, SignDeputy, SigningKey } from '../../../../shared/domain/record-sheet';
import type { TableStore } from './table-store';
import { sqlStore } from './table-store';

export interface RecordRow {
  id: string;
  kind: RecordSheet['kind'];
  unit_id: string;
  subject_id: string;
  status: RecordSheet['status'];
  content: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  submitted_by: string | null;
  submitted_at: string | null;
  returned_by: string | null;
  returned_at: string | null;
  return_reason: string | null;
  signed_by: string | null;
  signed_at: string | null;
  signed_as_deputy_of: string | null;
  signer_key_id: string | null;
  signature: string | null;
  correction_of: string | null;
}

export const RECORD_COLUMNS = `id, kind, unit_id, subject_id, status, content, created_by, created_at, updated_at,
  submitted_by, submitted_at, returned_by, returned_at, return_reason, signed_by, signed_at, signed_as_deputy_of,
  signer_key_id, signature, correction_of`;

export const toRecordSheet = (r: RecordRow): RecordSheet => ({
  id: r.id,
  kind: r.kind,
  unitId: r.unit_id,
  subjectId: r.subject_id,
  status: r.status,
  content: JSON.parse(r.content) as RecordSheet['content'],
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  submittedBy: r.submitted_by,
  submittedAt: r.submitted_at,
  returnedBy: r.returned_by,
  returnedAt: r.returned_at,
  returnReason: r.return_reason,
  signedBy: r.signed_by,
  signedAt: r.signed_at,
  signedAsDeputyOf: r.signed_as_deputy_of,
  signerKeyId: r.signer_key_id,
  signature: r.signature,
  correctionOf: r.correction_of,
});

export const recordSheetsStore = (db: Database): TableStore<'record_sheets'> =>
  sqlStore<'record_sheets', RecordRow>(
    db,
    {
      get: `SELECT ${RECORD_COLUMNS} FROM record_sheets WHERE id = ?`,
      all: `SELECT ${RECORD_COLUMNS} FROM record_sheets ORDER BY created_at, id`,
      put: `INSERT INTO record_sheets (${RECORD_COLUMNS}) VALUES (@id, @kind, @unit_id, @subject_id, @status, @content,
              @created_by, @created_at, @updated_at, @submitted_by, @submitted_at, @returned_by, @returned_at,
              @return_reason, @signed_by, @signed_at, @signed_as_deputy_of, @signer_key_id, @signature, @correction_of)
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, unit_id = excluded.unit_id,
              subject_id = excluded.subject_id, status = excluded.status, content = excluded.content,
              created_by = excluded.created_by, created_at = excluded.created_at, updated_at = excluded.updated_at,
              submitted_by = excluded.submitted_by, submitted_at = excluded.submitted_at,
              returned_by = excluded.returned_by, returned_at = excluded.returned_at,
              return_reason = excluded.return_reason, signed_by = excluded.signed_by, signed_at = excluded.signed_at,
              signed_as_deputy_of = excluded.signed_as_deputy_of, signer_key_id = excluded.signer_key_id,
              signature = excluded.signature, correction_of = excluded.correction_of`,
      del: 'DELETE FROM record_sheets WHERE id = ?',
      by: { subjectId: `SELECT ${RECORD_COLUMNS} FROM record_sheets WHERE subject_id = ? ORDER BY created_at, id` },
    },
    toRecordSheet,
    (s) => ({
      id: s.id,
      kind: s.kind,
      unit_id: s.unitId,
      subject_id: s.subjectId,
      status: s.status,
      content: JSON.stringify(s.content),
      created_by: s.createdBy,
      created_at: s.createdAt,
      updated_at: s.updatedAt,
      submitted_by: s.submittedBy,
      submitted_at: s.submittedAt,
      returned_by: s.returnedBy,
      returned_at: s.returnedAt,
      return_reason: s.returnReason,
      signed_by: s.signedBy,
      signed_at: s.signedAt,
      signed_as_deputy_of: s.signedAsDeputyOf,
      signer_key_id: s.signerKeyId,
      signature: s.signature,
      correction_of: s.correctionOf,
    }),
  );

interface KeyRow {
  id: string;
  staff_id: string;
  public_key: string;
  created_at: string;
}

export const signingKeysStore = (db: Database): TableStore<'signing_keys'> =>
  sqlStore<'signing_keys', KeyRow>(
    db,
    {
      get: 'SELECT id, staff_id, public_key, created_at FROM signing_keys WHERE id = ?',
      all: 'SELECT id, staff_id, public_key, created_at FROM signing_keys ORDER BY created_at, id',
      // Keys never change: an existing id is left as it is (and an UPDATE would be refused by a trigger).
      put: `INSERT INTO signing_keys (id, staff_id, public_key, created_at) VALUES (@id, @staff_id, @public_key, @created_at)
            ON CONFLICT (id) DO NOTHING`,
      del: 'DELETE FROM signing_keys WHERE id = ?',
      by: { staffId: 'SELECT id, staff_id, public_key, created_at FROM signing_keys WHERE staff_id = ? ORDER BY created_at' },
    },
    (r): SigningKey => ({ id: r.id, staffId: r.staff_id, publicKey: r.public_key, createdAt: r.created_at }),
    (k) => ({ id: k.id, staff_id: k.staffId, public_key: k.publicKey, created_at: k.createdAt }),
  );

interface DeputyRow {
  id: string;
  unit_id: string;
  deputy_id: string;
  chief_id: string;
  from_day: string;
  to_day: string;
}

export const signDeputiesStore = (db: Database): TableStore<'sign_deputies'> =>
  sqlStore<'sign_deputies', DeputyRow>(
    db,
    {
      get: 'SELECT id, unit_id, deputy_id, chief_id, from_day, to_day FROM sign_deputies WHERE id = ?',
      all: 'SELECT id, unit_id, deputy_id, chief_id, from_day, to_day FROM sign_deputies ORDER BY from_day, id',
      put: `INSERT INTO sign_deputies (id, unit_id, deputy_id, chief_id, from_day, to_day)
            VALUES (@id, @unit_id, @deputy_id, @chief_id, @from_day, @to_day)
            ON CONFLICT (id) DO UPDATE SET unit_id = excluded.unit_id, deputy_id = excluded.deputy_id,
              chief_id = excluded.chief_id, from_day = excluded.from_day, to_day = excluded.to_day`,
      del: 'DELETE FROM sign_deputies WHERE id = ?',
      by: { deputyId: 'SELECT id, unit_id, deputy_id, chief_id, from_day, to_day FROM sign_deputies WHERE deputy_id = ?' },
    },
    (r): SignDeputy => ({ id: r.id, unitId: r.unit_id, deputyId: r.deputy_id, chiefId: r.chief_id, fromDay: r.from_day, toDay: r.to_day }),
    (d) => ({ id: d.id, unit_id: d.unitId, deputy_id: d.deputyId, chief_id: d.chiefId, from_day: d.fromDay, to_day: d.toDay }),
  );
