import type { Executor } from '../db/executor';
import { actorOf } from '../services/actor';
import { failOnMutation } from '../services/mutation-errors';
import type { Handlers } from './dispatch';
import { staffOf } from './auth';

/** Deputies and absences: small admin data, so the handlers talk to the executor directly. */
export const staffingHandlers = (executor: Executor, newId: () => string) =>
  ({
    'deputy:list': () => executor.stores.sign_deputies.all(),
    'deputy:save': (i, ctx) => {
      const id = i.id ?? newId();
      failOnMutation(executor.apply('deputy.save', { deputy: { ...i, id } }, actorOf(staffOf(ctx))));
      return { id };
    },
    'deputy:remove': (i, ctx) => {
      failOnMutation(executor.apply('deputy.remove', { deputyId: i.deputyId }, actorOf(staffOf(ctx))));
      return { done: true } as const;
    },
    'absence:remove': (i, ctx) => {
      failOnMutation(executor.apply('absence.remove', { absenceId: i.absenceId }, actorOf(staffOf(ctx))));
      return { done: true } as const;
    },
    'absence:list': (i) => executor.stores.staff_absences.all().filter((a) => a.dayKey === i.dayKey),
    'absence:save': (i, ctx) => {
      const id = i.id ?? newId();
      failOnMutation(executor.apply('absence.save', { absence: { ...i, id } }, actorOf(staffOf(ctx))));
      return { id };
    },
  }) satisfies Partial<Handlers>;
