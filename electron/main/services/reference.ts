import type { BusinessItem, Staff, Unit } from '../../../shared/domain/reference';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { MutationArgs } from '../../../shared/mutations/registry';
import type { Executor } from '../db/executor';
import { actorOf } from './actor';
import { failOnMutation } from './mutation-errors';
import demoSeed from '../../../resources/seed/demo.json';

export interface ReferenceDeps {
  executor: Executor;
  newId: () => string;
}


/** Reference data: reads for everyone signed in, admin edits through mutations. */
export const createReferenceService = ({ executor, newId }: ReferenceDeps) => {
  const { stores } = executor;
  return {
    get: (): ChannelOutput<'reference:get'> => ({
      branch: stores.branches.all()[0] ?? null,
      units: stores.units.all(),
      businessItems: stores.business_items.all(),
      parameters: stores.parameters.all(),
    }),

    listStaff: (): ChannelOutput<'staff:list'> =>
      stores.staff.all().map((s) => ({ ...s, hasPassword: stores.credentials.get(s.id) !== undefined })),

    saveStaff(actor: Staff, input: ChannelInput<'staff:save'>): { id: string } {
      const id = input.id ?? newId();
      const demo = stores.staff.get(id)?.demo ?? false;
      failOnMutation(executor.apply('staff.save', { staff: { ...input, id, demo } }, actorOf(actor)));
      return { id };
    },

    saveUnit(actor: Staff, input: ChannelInput<'unit:save'>): { id: string } {
      const id = input.id ?? newId();
      const unit: Unit = { ...input, id };
      failOnMutation(executor.apply('unit.save', { unit }, actorOf(actor)));
      return { id };
    },

    saveBusinessItem(actor: Staff, input: ChannelInput<'businessItem:save'>): { id: string } {
      const id = input.id ?? newId();
      const item: BusinessItem = { ...input, id, demo: stores.business_items.get(id)?.demo ?? false };
      failOnMutation(executor.apply('businessItem.save', { item }, actorOf(actor)));
      return { id };
    },

    setParameter(actor: Staff, input: ChannelInput<'parameter:set'>): void {
      failOnMutation(executor.apply('parameter.set', input, actorOf(actor)));
    },

    loadDemo(actor: Staff): { staff: number; businessItems: number } {
      const before = { staff: stores.staff.all().length, items: stores.business_items.all().length };
      failOnMutation(executor.apply('demo.load', demoSeed as MutationArgs<'demo.load'>, actorOf(actor)));
      return {
        staff: stores.staff.all().length - before.staff,
        businessItems: stores.business_items.all().length - before.items,
      };
    },
  };
};
export type ReferenceService = ReturnType<typeof createReferenceService>;
