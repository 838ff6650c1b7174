import type { z } from 'zod';
import type { Role } from '../domain/roles';
import type { TableIndexes, TableName, TableRows } from './tables';

/** The only I/O a mutator may do: read and write rows of the synced tables. */
export interface MutationTx {
  get<T extends TableName>(table: T, id: string): TableRows[T] | undefined;
  put<T extends TableName>(table: T, row: TableRows[T]): void;
  delete(table: TableName, id: string): void;
  findBy<T extends TableName>(table: T, index: TableIndexes[T], value: string): TableRows[T][];
  all<T extends TableName>(table: T): TableRows[T][];
}

/** Who a mutation runs for. `system` is the app itself (seeding); it has no staff id. */
export interface MutationActor {
  staffId: string | null;
  roles: readonly Role[];
  system?: boolean;
}

export interface MutationContext {
  actor: MutationActor;
  /** ISO time the mutation is decided at: the device clock on the desktop, the hub clock on the hub. */
  now: string;
  mutationId: string;
}

/**
 * A domain refusal with a stable code (`USERNAME_TAKEN`, `ESCORT_BUSY`, ...). The hub stores it as
 * the mutation's outcome; the desktop shows it to the user. Never swallowed.
 */
export class MutationRejected extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'MutationRejected';
  }
}

export interface MutationDef<Name extends string, Args extends z.ZodType> {
  name: Name;
  args: Args;
  /** Roles allowed to run it; `system` marks mutations only the app itself runs (seeding). */
  roles: readonly Role[] | 'system';
  /** Extra per-call permission (e.g. a person changing their own password). */
  allow?: (args: z.infer<Args>, ctx: MutationContext) => boolean;
  /** Deterministic given (tx, args, ctx): ids and times come in args and ctx. */
  run: (tx: MutationTx, args: z.infer<Args>, ctx: MutationContext) => void;
  /** What the audit log keeps of the args; secrets never reach it. */
  audit: (args: z.infer<Args>) => { entity: string; entityId: string; summary: string };
}

export const defineMutation = <Name extends string, Args extends z.ZodType>(
  def: MutationDef<Name, Args>,
): MutationDef<Name, Args> => def;

/** Whether an actor may run a mutation (checked on the desktop and again on the hub). */
export const actorMayRun = <A>(
  def: { roles: readonly Role[] | 'system'; allow?: (args: A, ctx: MutationContext) => boolean },
  args: A,
  ctx: MutationContext,
): boolean => {
  if (def.roles === 'system') return ctx.actor.system === true;
  if (ctx.actor.system) return true;
  if (def.roles.some((r) => ctx.actor.roles.includes(r))) return true;
  return def.allow ? def.allow(args, ctx) : false;
};
