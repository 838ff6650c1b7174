import type { Database } from 'better-sqlite3';
import type { FactoryVisit, VisitRequest } from '../../../../shared/domain/visit';
import type { TableStore } from './table-store';
import { sqlStore } from './table-store';
import { columnList, upsertSql } from './sql-text';

export interface VisitRequestRow {
  id: string;
  unit_id: string;
  channel: VisitRequest['channel'];
  company_id: string;
  contact_name: string;
  contact_phone: string;
  address: string;
  category: VisitRequest['category'];
  question: string;
  received_at: string;
  created_by: string;
  status: VisitRequest['status'];
  visit_id: string | null;
}

const REQUEST_COLUMNS = [
  'id', 'unit_id', 'channel', 'company_id', 'contact_name', 'contact_phone', 'address', 'category', 'question',
  'received_at', 'created_by', 'status', 'visit_id',
] as const;
export const VISIT_REQUEST_COLUMNS = columnList(REQUEST_COLUMNS);

export const toVisitRequest = (r: VisitRequestRow): VisitRequest => ({
  id: r.id,
  unitId: r.unit_id,
  channel: r.channel,
  companyId: r.company_id,
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  address: r.address,
  category: r.category,
  question: r.question,
  receivedAt: r.received_at,
  createdBy: r.created_by,
  status: r.status,
  visitId: r.visit_id,
});

export const visitRequestsStore = (db: Database): TableStore<'visit_requests'> =>
  sqlStore<'visit_requests', VisitRequestRow>(
    db,
    {
      get: `SELECT ${VISIT_REQUEST_COLUMNS} FROM visit_requests WHERE id = ?`,
      all: `SELECT ${VISIT_REQUEST_COLUMNS} FROM visit_requests ORDER BY received_at, id`,
      put: upsertSql('visit_requests', REQUEST_COLUMNS),
      del: 'DELETE FROM visit_requests WHERE id = ?',
      by: { companyId: `SELECT ${VISIT_REQUEST_COLUMNS} FROM visit_requests WHERE company_id = ? ORDER BY received_at, id` },
    },
    toVisitRequest,
    (q) => ({
      id: q.id,
      unit_id: q.unitId,
      channel: q.channel,
      company_id: q.companyId,
      contact_name: q.contactName,
      contact_phone: q.contactPhone,
      address: q.address,
      category: q.category,
      question: q.question,
      received_at: q.receivedAt,
      created_by: q.createdBy,
      status: q.status,
      visit_id: q.visitId,
    }),
  );

export interface FactoryVisitRow {
  id: string;
  unit_id: string;
  request_id: string | null;
  occasion: FactoryVisit['occasion'];
  mode: FactoryVisit['mode'];
  company_id: string;
  contact_name: string;
  contact_phone: string;
  address: string;
  category: FactoryVisit['category'];
  purpose: string;
  inspector_ids: string;
  day_key: string | null;
  start_time: string | null;
  end_time: string | null;
  status: FactoryVisit['status'];
  cancel_reason: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

const VISIT_COLUMN_NAMES = [
  'id', 'unit_id', 'request_id', 'occasion', 'mode', 'company_id', 'contact_name', 'contact_phone', 'address', 'category',
  'purpose', 'inspector_ids', 'day_key', 'start_time', 'end_time', 'status', 'cancel_reason', 'created_by', 'created_at',
  'updated_at',
] as const;
export const FACTORY_VISIT_COLUMNS = columnList(VISIT_COLUMN_NAMES);

export const toFactoryVisit = (r: FactoryVisitRow): FactoryVisit => ({
  id: r.id,
  unitId: r.unit_id,
  requestId: r.request_id,
  occasion: r.occasion,
  mode: r.mode,
  companyId: r.company_id,
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  address: r.address,
  category: r.category,
  purpose: r.purpose,
  inspectorIds: JSON.parse(r.inspector_ids) as string[],
  dayKey: r.day_key,
  startTime: r.start_time,
  endTime: r.end_time,
  status: r.status,
  cancelReason: r.cancel_reason,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const factoryVisitsStore = (db: Database): TableStore<'factory_visits'> =>
  sqlStore<'factory_visits', FactoryVisitRow>(
    db,
    {
      get: `SELECT ${FACTORY_VISIT_COLUMNS} FROM factory_visits WHERE id = ?`,
      all: `SELECT ${FACTORY_VISIT_COLUMNS} FROM factory_visits ORDER BY created_at, id`,
      put: upsertSql('factory_visits', VISIT_COLUMN_NAMES),
      del: 'DELETE FROM factory_visits WHERE id = ?',
      by: {
        requestId: `SELECT ${FACTORY_VISIT_COLUMNS} FROM factory_visits WHERE request_id = ? ORDER BY created_at, id`,
        dayKey: `SELECT ${FACTORY_VISIT_COLUMNS} FROM factory_visits WHERE day_key = ? ORDER BY start_time, id`,
      },
    },
    toFactoryVisit,
    (v) => ({
      id: v.id,
      unit_id: v.unitId,
      request_id: v.requestId,
      occasion: v.occasion,
      mode: v.mode,
      company_id: v.companyId,
      contact_name: v.contactName,
      contact_phone: v.contactPhone,
      address: v.address,
      category: v.category,
      purpose: v.purpose,
      inspector_ids: JSON.stringify(v.inspectorIds),
      day_key: v.dayKey,
      start_time: v.startTime,
      end_time: v.endTime,
      status: v.status,
      cancel_reason: v.cancelReason,
      created_by: v.createdBy,
      created_at: v.createdAt,
      updated_at: v.updatedAt,
    }),
  );
