import type { Staff } from '../../../../shared/domain/reference';
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { VisitRequestSummary } from '../../../../shared/ipc/contract-visits';
import { AppFailure } from '../../../../shared/ipc/errors';
import type { RequestListRow, VisitCalendarQueries } from '../../db/queries/visit-calendar';
import { actorOf } from '../actor';
import { failOnMutation } from '../mutation-errors';
import type { VisitDeps } from './deps';
import type { VisitLookups } from './lookups';

export const toRequestSummary = (r: RequestListRow): VisitRequestSummary => ({
  id: r.id,
  unitId: r.unit_id,
  channel: r.channel,
  companyId: r.company_id,
  companyName: r.company_name,
  companyUbn: r.company_ubn,
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  address: r.address,
  category: r.category,
  question: r.question,
  receivedAt: r.received_at,
  createdByName: r.created_by_name,
  status: r.status,
  visitId: r.visit_id,
});

const LIST_LIMIT = 500;

/** Requests for guidance (電話/書面/到場/其他) and answers without a visit (電話咨詢/書面答覆). */
export const createRequestService = (deps: VisitDeps, q: VisitCalendarQueries, names: VisitLookups) => ({
  list(i: ChannelInput<'visitRequest:list'>): ChannelOutput<'visitRequest:list'> {
    return q.requests(i.status, i.unitId, LIST_LIMIT).map(toRequestSummary);
  },

  get(requestId: string): VisitRequestSummary {
    const r = q.request(requestId);
    if (!r) throw new AppFailure('not_found', 'request not found');
    return toRequestSummary(r);
  },

  create(me: Staff, i: ChannelInput<'visitRequest:create'>): ChannelOutput<'visitRequest:create'> {
    const requestId = deps.newId();
    failOnMutation(
      deps.executor.apply(
        'visitRequest.create',
        {
          requestId,
          unitId: i.unitId,
          channel: i.channel,
          company: names.companyFor(i.company.name, i.company.ubn),
          contactName: i.contactName,
          contactPhone: i.contactPhone,
          address: i.address,
          category: i.category,
          question: i.question,
        },
        actorOf(me),
      ),
    );
    return { requestId };
  },

  answer(me: Staff, i: ChannelInput<'visitRequest:answer'>): ChannelOutput<'visitRequest:answer'> {
    const visitId = deps.newId();
    const recordId = deps.newId();
    failOnMutation(
      deps.executor.apply('visitRequest.answer', { requestId: i.requestId, visitId, recordId, mode: i.mode, summary: i.summary }, actorOf(me)),
    );
    return { requestId: i.requestId, visitId, recordId };
  },
});
export type RequestService = ReturnType<typeof createRequestService>;
