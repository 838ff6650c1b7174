import type { Database } from 'better-sqlite3';
import type { Staff } from '../../../shared/domain/reference';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { AppFailure } from '../../../shared/ipc/errors';
import { taipeiDayKey } from '../../../shared/util/roc-date';
import type { Executor } from '../db/executor';
import { counterBoardQueries } from '../db/queries/counter-board';
import { lookupQueries } from '../db/queries/companies';
import { actorOf } from './actor';
import { failOnMutation } from './mutation-errors';

export interface EscortDeps {
  db: Database;
  executor: Executor;
  now: () => Date;
  newId: () => string;
}

const ids = (json: string): string[] => JSON.parse(json) as string[];
const minutes = (ms: number | null): number | null => (ms === null ? null : Math.round((ms / 60_000) * 10) / 10);

/** The counter's escort service (專人全程服務): intake, assignment, stops, finishing, the board. */
export const createEscortService = ({ db, executor, now, newId }: EscortDeps) => {
  const { stores } = executor;
  const board = counterBoardQueries(db);
  const lookup = lookupQueries(db);

  const requireVisit = (visitId: string) => {
    const v = stores.escort_visits.get(visitId);
    if (!v) throw new AppFailure('not_found', 'visit not found');
    return v;
  };

  return {
    lookup: (q: string): ChannelOutput<'escort:lookup'> => ({ visitors: lookup.visitors(q, 8), companies: lookup.companies(q, 8) }),

    intake(actor: Staff, input: ChannelInput<'escort:intake'>): ChannelOutput<'escort:intake'> {
      // A company typed again by 統一編號 is the same company: reuse it instead of creating a twin.
      const known = input.company?.ubn ? stores.companies.findBy('ubn', input.company.ubn)[0] : undefined;
      const company = input.company
        ? { id: input.company.id ?? known?.id ?? newId(), name: input.company.name, ubn: input.company.ubn }
        : null;
      const visitId = newId();
      failOnMutation(
        executor.apply(
          'visit.intake',
          {
            visitId,
            dayKey: taipeiDayKey(now()),
            visitor: {
              id: input.visitor.id ?? newId(),
              name: input.visitor.name,
              phone: input.visitor.phone,
              companyId: company?.id ?? null,
            },
            company,
            itemIds: input.itemIds,
            escortRequested: input.escortRequested,
          },
          actorOf(actor),
        ),
      );
      return { visitId, mode: requireVisit(visitId).mode };
    },

    board(): ChannelOutput<'escort:board'> {
      const at = now();
      const dayKey = taipeiDayKey(at);
      const f = board.figures(dayKey);
      const base = (r: ReturnType<typeof board.waiting>[number]) => ({
        id: r.id,
        visitorName: r.visitor_name,
        companyName: r.company_name,
        mode: r.mode,
        receivingUnitId: r.receiving_unit_id,
        unitIds: ids(r.unit_ids),
        itemIds: ids(r.item_ids),
        arrivedAt: r.arrived_at,
      });
      return {
        dayKey,
        asOf: at.toISOString(),
        waiting: board.waiting(dayKey).map(base),
        active: board.active().map((r) => ({
          ...base(r),
          escortId: r.escort_id,
          escortName: r.escort_name,
          serviceStartedAt: r.service_started_at,
          stopCount: r.stop_count,
          currentStop:
            r.current_unit_id && r.current_item_id && r.current_started_at
              ? { unitId: r.current_unit_id, itemId: r.current_item_id, startedAt: r.current_started_at, open: r.current_open === 1 }
              : null,
        })),
        figures: {
          visitors: f?.visitors ?? 0,
          escorted: f?.escorted ?? 0,
          finished: f?.finished ?? 0,
          avgWaitMinutes: minutes(f?.avg_wait_ms ?? null),
          avgServiceMinutes: minutes(f?.avg_service_ms ?? null),
        },
      };
    },

    visit(visitId: string): ChannelOutput<'escort:visit'> {
      const visit = requireVisit(visitId);
      const visitor = stores.visitors.get(visit.visitorId);
      if (!visitor) throw new AppFailure('not_found', 'visitor not found');
      const company = visit.companyId ? (stores.companies.get(visit.companyId) ?? null) : null;
      const record = stores.record_sheets.findBy('subjectId', visit.id).at(-1);
      return {
        visit,
        visitor: { id: visitor.id, name: visitor.name, phone: visitor.phone },
        company,
        escortName: visit.escortId ? (stores.staff.get(visit.escortId)?.name ?? null) : null,
        stops: stores.escort_stops.findBy('visitId', visit.id),
        reassignments: stores.escort_reassignments.findBy('visitId', visit.id).map((r) => ({
          ...r,
          fromName: stores.staff.get(r.fromStaffId)?.name ?? r.fromStaffId,
          toName: stores.staff.get(r.toStaffId)?.name ?? r.toStaffId,
        })),
        record: record ? { id: record.id, status: record.status } : null,
      };
    },

    suggest(visitId: string): ChannelOutput<'escort:suggest'> {
      const visit = requireVisit(visitId);
      return board.suggestions(visit.receivingUnitId, visit.dayKey).map((s) => ({
        staffId: s.id,
        name: s.name,
        escortsToday: s.escorts_today,
        busy: s.busy === 1,
        absent: s.absent === 1,
      }));
    },

    assign(actor: Staff, visitId: string, staffId: string) {
      failOnMutation(executor.apply('escort.assign', { visitId, staffId }, actorOf(actor)));
      return { visitId };
    },

    reassign(actor: Staff, visitId: string, staffId: string, reason: string) {
      failOnMutation(executor.apply('escort.reassign', { visitId, staffId, reason, reassignmentId: newId() }, actorOf(actor)));
      return { visitId };
    },

    startDirect(actor: Staff, visitId: string) {
      failOnMutation(executor.apply('visit.startDirect', { visitId }, actorOf(actor)));
      return { visitId };
    },

    recordStop(actor: Staff, i: ChannelInput<'escort:recordStop'>) {
      const stopId = i.stopId ?? newId();
      const stop = {
        id: stopId,
        visitId: i.visitId,
        unitId: i.unitId,
        itemId: i.itemId,
        startedAt: i.startedAt,
        endedAt: i.endedAt,
        outcome: i.outcome,
        note: i.note,
      };
      failOnMutation(executor.apply('stop.record', { stop }, actorOf(actor)));
      return { stopId };
    },

    finish(actor: Staff, i: ChannelInput<'escort:finish'>) {
      const recordId = newId();
      failOnMutation(executor.apply('visit.finish', { ...i, recordId }, actorOf(actor)));
      return { visitId: i.visitId, recordId: stores.record_sheets.get(recordId) ? recordId : null };
    },

    cancel(actor: Staff, visitId: string, reason: string) {
      failOnMutation(executor.apply('visit.cancel', { visitId, reason }, actorOf(actor)));
      return { visitId };
    },
  };
};
export type EscortService = ReturnType<typeof createEscortService>;
