import type { z } from 'zod';
import type { Role } from '../domain/roles';
import type { MutationContext, MutationTx } from './define';
import { createFirstAdmin } from './setup';
import {
  loadDemoData,
  saveBusinessItem,
  saveStaff,
  saveUnit,
  seedReferenceData,
  setParameter,
  setPassword,
} from './reference';
import { assignEscort, cancelVisit, finishVisit, intakeVisitor, reassignEscort, recordStop, startDirectService } from './escort';
import {
  correctRecord,
  registerSigningKey,
  returnRecord,
  removeAbsence,
  removeDeputy,
  saveAbsence,
  saveDeputy,
  signRecord,
  submitRecord,
  updateRecord,
} from './record-sheet';
import {
  addCaseMilestone,
  createInspectionCase,
  importInspectionCases,
  issueCaseToken,
  setPublicBaseUrl,
  updateInspectionCase,
} from './inspection-case';
import {
  answerVisitRequest,
  cancelFactoryVisit,
  createVisit,
  createVisitRequest,
  draftVisitRecord,
  rescheduleVisit,
  scheduleVisit,
} from './visits';
import {
  approveVehicleRequest,
  cancelVehicleRequest,
  createVehicleRequest,
  recordOdometer,
  returnVehicleRequest,
  saveVehicle,
} from './vehicles';
import { removeRegulation, saveRegulation } from './regulations';

/** Every mutation by name: the desktop executor and the hub look mutators up here, and only here. */
export const MUTATIONS = {
  [createFirstAdmin.name]: createFirstAdmin,
  [seedReferenceData.name]: seedReferenceData,
  [saveUnit.name]: saveUnit,
  [saveStaff.name]: saveStaff,
  [setPassword.name]: setPassword,
  [saveBusinessItem.name]: saveBusinessItem,
  [setParameter.name]: setParameter,
  [loadDemoData.name]: loadDemoData,
  [intakeVisitor.name]: intakeVisitor,
  [assignEscort.name]: assignEscort,
  [reassignEscort.name]: reassignEscort,
  [startDirectService.name]: startDirectService,
  [recordStop.name]: recordStop,
  [finishVisit.name]: finishVisit,
  [cancelVisit.name]: cancelVisit,
  [updateRecord.name]: updateRecord,
  [submitRecord.name]: submitRecord,
  [returnRecord.name]: returnRecord,
  [signRecord.name]: signRecord,
  [correctRecord.name]: correctRecord,
  [registerSigningKey.name]: registerSigningKey,
  [saveDeputy.name]: saveDeputy,
  [saveAbsence.name]: saveAbsence,
  [removeDeputy.name]: removeDeputy,
  [removeAbsence.name]: removeAbsence,
  [createInspectionCase.name]: createInspectionCase,
  [importInspectionCases.name]: importInspectionCases,
  [updateInspectionCase.name]: updateInspectionCase,
  [addCaseMilestone.name]: addCaseMilestone,
  [issueCaseToken.name]: issueCaseToken,
  [setPublicBaseUrl.name]: setPublicBaseUrl,
  [createVisitRequest.name]: createVisitRequest,
  [answerVisitRequest.name]: answerVisitRequest,
  [createVisit.name]: createVisit,
  [scheduleVisit.name]: scheduleVisit,
  [rescheduleVisit.name]: rescheduleVisit,
  [cancelFactoryVisit.name]: cancelFactoryVisit,
  [draftVisitRecord.name]: draftVisitRecord,
  [saveVehicle.name]: saveVehicle,
  [createVehicleRequest.name]: createVehicleRequest,
  [approveVehicleRequest.name]: approveVehicleRequest,
  [returnVehicleRequest.name]: returnVehicleRequest,
  [cancelVehicleRequest.name]: cancelVehicleRequest,
  [recordOdometer.name]: recordOdometer,
  [saveRegulation.name]: saveRegulation,
  [removeRegulation.name]: removeRegulation,
} as const;

export type MutationName = keyof typeof MUTATIONS;
export type MutationArgs<N extends MutationName> = Parameters<(typeof MUTATIONS)[N]['run']>[1];

export const isMutationName = (name: string): name is MutationName => Object.hasOwn(MUTATIONS, name);

/** Bumped whenever a mutator's args or meaning change; the hub refuses pushes from another version. */
export const SCHEMA_VERSION = 1;

/**
 * A mutator with its argument type erased, for code that looks mutators up by a name only known at
 * run time (the executor, the hub). Safe because args are always parsed with `args` first.
 */
export interface AnyMutation {
  name: string;
  args: z.ZodType;
  roles: readonly Role[] | 'system';
  allow?: (args: unknown, ctx: MutationContext) => boolean;
  run: (tx: MutationTx, args: unknown, ctx: MutationContext) => void;
  audit: (args: unknown) => { entity: string; entityId: string; summary: string };
}

export const mutationByName = (name: string): AnyMutation | undefined =>
  isMutationName(name) ? (MUTATIONS[name] as unknown as AnyMutation) : undefined;
