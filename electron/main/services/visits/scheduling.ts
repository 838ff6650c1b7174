import fs from 'node:fs';
import path from 'node:path';
import type { Staff } from '../../../../shared/domain/reference';
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import { AppFailure } from '../../../../shared/ipc/errors';
import type { FactoryVisit } from '../../../../shared/domain/visit';
import { actorOf } from '../actor';
import { failOnMutation } from '../mutation-errors';
import type { CalendarService } from './calendar';
import type { VisitDeps } from './deps';
import type { VisitLookups } from './lookups';
import type { RequestService } from './requests';
import type { VehicleRequestService } from './vehicle-requests';
import { currentVisitSheet } from './visit-records';

/** Where a visit's kit is kept on this device (offline at the factory too). */
export const kitPathOf = (dataDir: string, visitId: string): string => path.join(dataDir, 'kits', `visit-${visitId}.pdf`);

/** Visits: made from a request or an occasion, scheduled, moved, cancelled; one visit's page. */
export const createSchedulingService = (
  deps: VisitDeps,
  names: VisitLookups,
  calendar: CalendarService,
  requests: RequestService,
  vehicles: Pick<VehicleRequestService, 'ofVisit'>,
) => {
  const { stores } = deps.executor;
  const requireVisit = (visitId: string): FactoryVisit => {
    const v = stores.factory_visits.get(visitId);
    if (!v) throw new AppFailure('not_found', 'visit not found');
    return v;
  };
  const scheduled = (visitId: string) => ({ visitId, warnings: calendar.warningsAround(visitId) });

  return {
    requireVisit,

    create(me: Staff, i: ChannelInput<'visit:create'>): ChannelOutput<'visit:create'> {
      const visitId = deps.newId();
      // A visit made of a request is for the request's company (the mutator checks it stays so).
      const request = i.requestId ? stores.visit_requests.get(i.requestId) : undefined;
      if (i.requestId && !request) throw new AppFailure('not_found', 'request not found');
      const company = request ? names.company(request.companyId) : names.companyFor(i.company.name, i.company.ubn);
      failOnMutation(
        deps.executor.apply(
          'factoryVisit.create',
          {
            visitId,
            requestId: i.requestId,
            occasion: i.occasion,
            unitId: i.unitId,
            company,
            contactName: i.contactName,
            contactPhone: i.contactPhone,
            address: i.address,
            category: i.category,
            purpose: i.purpose,
            inspectorIds: i.inspectorIds,
            slot: i.slot,
          },
          actorOf(me),
        ),
      );
      return scheduled(visitId);
    },

    schedule(me: Staff, i: ChannelInput<'visit:schedule'>): ChannelOutput<'visit:schedule'> {
      failOnMutation(deps.executor.apply('factoryVisit.schedule', i, actorOf(me)));
      return scheduled(i.visitId);
    },

    reschedule(me: Staff, i: ChannelInput<'visit:reschedule'>): ChannelOutput<'visit:reschedule'> {
      failOnMutation(deps.executor.apply('factoryVisit.reschedule', i, actorOf(me)));
      return scheduled(i.visitId);
    },

    cancel(me: Staff, i: ChannelInput<'visit:cancel'>): ChannelOutput<'visit:cancel'> {
      failOnMutation(deps.executor.apply('factoryVisit.cancel', i, actorOf(me)));
      return { visitId: i.visitId };
    },

    get(visitId: string): ChannelOutput<'visit:get'> {
      const v = requireVisit(visitId);
      const company = names.company(v.companyId);
      const record = currentVisitSheet(stores, v.id);
      const kit = kitPathOf(deps.dataDir, v.id);
      return {
        visit: {
          ...calendar.one(v.id),
          requestId: v.requestId,
          companyId: v.companyId,
          companyUbn: company.ubn,
          contactName: v.contactName,
          contactPhone: v.contactPhone,
          category: v.category,
          purpose: v.purpose,
          cancelReason: v.cancelReason,
          createdByName: names.staffName(v.createdBy),
          updatedAt: v.updatedAt,
        },
        request: v.requestId ? requests.get(v.requestId) : null,
        vehicleRequests: vehicles.ofVisit(v.id),
        record: record ? { id: record.id, status: record.status } : null,
        warnings: calendar.warningsAround(v.id),
        kitPath: fs.existsSync(kit) ? kit : null,
      };
    },
  };
};
export type SchedulingService = ReturnType<typeof createSchedulingService>;
