import type { Staff } from '../../../../shared/domain/reference';
import type { RecordSheet } from '../../../../shared/domain/record-sheet';
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import { missingVisitSheetFields, visitSheetContent, visitSheetContentSchema } from '../../../../shared/mutations/visit-sheet';
import type { VisitSheetContent } from '../../../../shared/mutations/visit-sheet';
import { sqliteMutationTx } from '../../db/mutation-tx';
import type { TableStores } from '../../db/queries/table-store';
import { actorOf } from '../actor';
import { failOnMutation } from '../mutation-errors';
import type { RecordService } from '../records';
import type { VisitDeps } from './deps';
import type { SchedulingService } from './scheduling';

const EDITORS = ['inspector', 'chief', 'admin'] as const;

/** A visit's current 附件1: the latest sheet of kind 'visit' (a correction comes after what it corrects). */
export const currentVisitSheet = (stores: Pick<TableStores, 'record_sheets'>, visitId: string): RecordSheet | undefined =>
  stores.record_sheets
    .findBy('subjectId', visitId)
    .filter((r) => r.kind === 'visit')
    .at(-1);

/**
 * A visit's 附件1 on top of the generic record sheets: the draft is made on first save, later saves and
 * the submission are record.update / record.submit, sign-off and returns the record:* channels.
 */
export const createVisitRecordService = (deps: VisitDeps, visits: Pick<SchedulingService, 'requireVisit'>, records: RecordService) => {
  const { stores } = deps.executor;
  const tx = sqliteMutationTx(stores);

  const currentSheet = (visitId: string): RecordSheet | undefined => currentVisitSheet(stores, visitId);

  const prefill = (visitId: string): VisitSheetContent => visitSheetContent(tx, visits.requireVisit(visitId));

  const contentOf = (r: RecordSheet): VisitSheetContent => {
    const parsed = visitSheetContentSchema.safeParse(r.content);
    // A sheet always passed this schema to be stored; should one ever not, its prefill shows instead.
    return parsed.success ? parsed.data : prefill(r.subjectId);
  };

  const update = (me: Staff, i: ChannelInput<'visitRecord:update'>): ChannelOutput<'visitRecord:update'> => {
    const r = currentSheet(i.visitId);
    if (r) return records.update(me, r.id, i.content);
    const recordId = deps.newId();
    failOnMutation(deps.executor.apply('visitRecord.draft', { visitId: i.visitId, recordId, content: i.content }, actorOf(me)));
    return { recordId };
  };

  return {
    currentSheet,
    prefill,
    contentOf,

    get(me: Staff, visitId: string): ChannelOutput<'visitRecord:get'> {
      const r = currentSheet(visitId);
      const content = r ? contentOf(r) : prefill(visitId);
      const editor = me.roles.some((role) => (EDITORS as readonly string[]).includes(role));
      const mayEdit = r
        ? (r.createdBy === me.id || me.roles.includes('admin')) && (r.status === 'draft' || r.status === 'returned')
        : editor && visits.requireVisit(visitId).status !== 'cancelled';
      const missing = missingVisitSheetFields(content);
      return {
        recordId: r?.id ?? null,
        status: r?.status ?? null,
        content,
        returnReason: r?.status === 'returned' ? r.returnReason : null,
        missing,
        can: { edit: mayEdit, submit: mayEdit && missing.length === 0 },
      };
    },

    update,

    /** Submits the sheet (saving the prefill as the draft first if there was none, so nothing typed is lost). */
    submit(me: Staff, visitId: string): ChannelOutput<'visitRecord:submit'> {
      const existing = currentSheet(visitId);
      const recordId = existing?.id ?? update(me, { visitId, content: prefill(visitId) }).recordId;
      return records.submit(me, recordId);
    },
  };
};
export type VisitRecordService = ReturnType<typeof createVisitRecordService>;
