import { visitCalendarQueries } from '../../db/queries/visit-calendar';
import type { RecordService } from '../records';
import { createCalendarService } from './calendar';
import type { VisitDeps } from './deps';
import { createKitService } from './kit';
import { visitLookups } from './lookups';
import { createRegulationService } from './regulations';
import { createRequestService } from './requests';
import { createSchedulingService } from './scheduling';
import { createVehicleRequestService } from './vehicle-requests';
import { createVisitRecordService } from './visit-records';

export type { VisitDeps } from './deps';

/** Every service of factory visits (issue 6), wired to one another. */
export const createVisitServices = (deps: VisitDeps, records: RecordService) => {
  const names = visitLookups(deps.db, deps.executor, deps.newId);
  const queries = visitCalendarQueries(deps.db);
  const calendar = createCalendarService(queries, names);
  const requests = createRequestService(deps, queries, names);
  const vehicles = createVehicleRequestService(deps, names);
  const scheduling = createSchedulingService(deps, names, calendar, requests, vehicles);
  const visitRecords = createVisitRecordService(deps, scheduling, records);
  const regulations = createRegulationService(deps);
  const kit = createKitService(deps, names, regulations, visitRecords);
  return { calendar, requests, vehicles, scheduling, visitRecords, regulations, kit };
};
export type VisitServices = ReturnType<typeof createVisitServices>;
