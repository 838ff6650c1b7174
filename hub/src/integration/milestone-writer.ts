import { createHash } from 'node:crypto';
import type { CaseMilestone, MilestoneKind } from '../../../shared/domain/inspection-case';
import type { MutationTx } from '../../../shared/mutations/define';
import { MutationRejected } from '../../../shared/mutations/define';
import { addCaseMilestone } from '../../../shared/mutations/inspection-case';
import { saveStaff } from '../../../shared/mutations/reference';

/** A milestone the bureau's central system reports, after the API has validated it. */
export interface MilestoneCommand {
  caseNumber: string;
  /** Derived from the integration and its idempotency key (milestoneIdFor): a repeat names the same id. */
  milestoneId: string;
  kind: Exclude<MilestoneKind, 'received'>;
  at: string;
  note: string;
  /** The integration's configured name. */
  integration: string;
  /** Who the milestone is recorded by: the integration (integrationActorId). */
  recordedBy: string;
  /** The hub's clock (the case's updatedAt). */
  now: string;
}

export type MilestoneOutcome =
  | { outcome: 'applied'; milestone: CaseMilestone }
  /** A milestone with this id was already stored: a repeated request, or a key used for another one. */
  | { outcome: 'exists'; milestone: CaseMilestone; caseNumber: string }
  | { outcome: 'rejected'; code: string; message: string };

/**
 * The integration API's only way to the data: the adapter (public/store-adapter.ts) runs
 * applyMilestone in a transaction of the hub's backend.
 */
export interface MilestoneWriter {
  add(cmd: MilestoneCommand): Promise<MilestoneOutcome>;
}

/** The id an integration's milestones are recorded by: not a person, and says which system it was. */
export const integrationActorId = (name: string): string => `integration-${name}`;

/**
 * The staff row an integration's milestones point at. Every desktop keeps `recorded_by` as a
 * foreign key to staff, so the recorder must exist there: the first milestone of an integration in
 * a branch adds it through the shared staff.save mutator — inactive (it can never sign in, be
 * assigned, or act: the hub refuses a push by an inactive actor), named so that the desktop's
 * timeline says which system recorded the milestone. `name` is lower-case, at most 28 characters
 * (config.ts), so the username is unique and valid.
 */
const integrationStaff = (name: string, unitId: string) => ({
  id: integrationActorId(name),
  unitId,
  name: `外部系統 ${name}`,
  username: `ext-${name}`,
  roles: ['inspector' as const],
  active: false,
  demo: false,
});

/** 128 bits of SHA-256 over (integration, key): stable for a repeat, distinct across integrations. */
export const milestoneIdFor = (integration: string, idempotencyKey: string): string =>
  `ext-${createHash('sha256').update(`${integration}\n${idempotencyKey}`, 'utf8').digest('hex').slice(0, 32)}`;

/**
 * Inside one transaction of the caller: a repeat is recognised by its milestone id before any
 * rule runs (so a retry after the case closed still gets its original answer), then the shared
 * mutator case.addMilestone decides, with the same rules as on every desktop. A refusal is thrown
 * as MutationRejected so the caller keeps nothing.
 *
 * The mutators' role checks are skipped on purpose: the integration's key is its permission, and
 * it is allowed exactly this mutation (and, once per branch, the staff row it is recorded by).
 */
export const applyMilestone = (tx: MutationTx, cmd: MilestoneCommand): Exclude<MilestoneOutcome, { outcome: 'rejected' }> => {
  const seen = tx.get('case_milestones', cmd.milestoneId);
  if (seen) return { outcome: 'exists', milestone: seen, caseNumber: tx.get('inspection_cases', seen.caseId)?.caseNumber ?? '' };
  const c = tx.findBy('inspection_cases', 'caseNumber', cmd.caseNumber)[0];
  if (!c) throw new MutationRejected('UNKNOWN_CASE', 'no case with this number');
  const parsed = addCaseMilestone.args.safeParse({
    milestone: { id: cmd.milestoneId, caseId: c.id, kind: cmd.kind, at: cmd.at, note: cmd.note },
  });
  if (!parsed.success) throw new MutationRejected('INVALID_ARGS', parsed.error.issues[0]?.message ?? 'invalid milestone');
  const args = parsed.data;
  const ctx = { actor: { staffId: cmd.recordedBy, roles: [] }, now: cmd.now, mutationId: cmd.milestoneId };
  if (!tx.get('staff', cmd.recordedBy)) {
    const staff = saveStaff.args.safeParse({ staff: integrationStaff(cmd.integration, c.unitId) });
    if (!staff.success) throw new MutationRejected('INVALID_ARGS', staff.error.issues[0]?.message ?? 'invalid integration name');
    saveStaff.run(tx, staff.data, ctx);
  }
  addCaseMilestone.run(tx, args, ctx);
  return { outcome: 'applied', milestone: { ...args.milestone, recordedBy: cmd.recordedBy } };
};
