import type { z } from 'zod';
import type { Staff } from '../../../shared/domain/reference';
import { CHANNELS } from '../../../shared/ipc/channels';
import type { ChannelName } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { AppFailure } from '../../../shared/ipc/errors';
import type { AppError, ErrorCode, Result } from '../../../shared/ipc/errors';

/** What a handler knows about its caller: the sender and, for non-public channels, the staff member. */
export interface CallContext {
  senderKey: string;
  staff: Staff | undefined;
}

export type Handler<C extends ChannelName> = (
  input: ChannelInput<C>,
  ctx: CallContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** The handler map: one per channel, or the compiler complains. */
export type Handlers = { [C in ChannelName]: Handler<C> };

/** What the dispatcher needs to know about sessions; the auth service provides it. */
export interface SessionGate {
  /** The signed-in staff member, or why there is none. */
  resolve(senderKey: string): { staff: Staff } | { error: 'unauthenticated' | 'session_locked' };
  /** A call that counts as the person being active (resets the idle lock). */
  touch(senderKey: string): void;
  /** Logs a refused call in the audit log. */
  denied(senderKey: string, staff: Staff | undefined, channel: string, code: ErrorCode): void;
}

export interface Logger {
  error(msg: string, meta?: Record<string, unknown>): void;
}

/** Calls that the renderer makes on its own (polling) and that must not keep an idle session awake. */
const PASSIVE = new Set<ChannelName>([
  'app:status',
  'auth:session',
  'sync:status',
  'escort:board',
  'escort:visit',
  'record:queue',
  'case:recent',
  'print:jobs',
  // The renderer asks for a sync when the network comes back; a user's click reports itself (auth:touch).
  'sync:now',
  'visit:calendar',
  'vehicleRequest:queue',
]);

const fail = (code: ErrorCode, message: string, extra: Partial<AppError> = {}): Result<never> => ({
  ok: false,
  error: { code, message, ...extra },
});

const isChannel = (name: unknown): name is ChannelName =>
  typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);

/**
 * The one path every IPC call takes, whatever carries it (Electron's ipcMain or the e2e harness):
 * role check first (so a caller learns nothing about inputs it may not send), then zod validation of
 * the input, the handler, and validation of the output. Every failure is a value with a stable code;
 * nothing throws past this function.
 */
export const createDispatcher = (handlers: Handlers, gate: SessionGate, log: Logger) =>
  async (senderKey: string, channel: unknown, rawInput: unknown): Promise<Result<unknown>> => {
    if (!isChannel(channel)) return fail('not_found', 'unknown channel');
    const def = contract[channel];
    let staff: Staff | undefined;
    if (def.roles !== 'public') {
      const who = gate.resolve(senderKey);
      if ('error' in who) return fail(who.error, who.error);
      staff = who.staff;
      const roles = def.roles;
      if (roles !== 'any' && !roles.some((r) => staff?.roles.includes(r))) {
        gate.denied(senderKey, staff, channel, 'forbidden');
        return fail('forbidden', `${channel} needs one of ${roles.join(',')}`);
      }
    }
    const parsed = (def.input as z.ZodType).safeParse(rawInput);
    if (!parsed.success) {
      const fields = parsed.error.issues.slice(0, 5).map((i) => i.path.join('.') || '(root)');
      return fail('invalid_input', `invalid input at ${fields.join(', ')}`, { details: { fields: fields.join(',') } });
    }
    if (!PASSIVE.has(channel)) gate.touch(senderKey);
    try {
      const handler = handlers[channel] as (i: unknown, c: CallContext) => unknown;
      const value = await handler(parsed.data, { senderKey, staff });
      const out = (def.output as z.ZodType).safeParse(value);
      if (!out.success) {
        log.error('handler output does not match the contract', { channel, issues: out.error.issues.slice(0, 3) });
        return fail('internal', 'internal error');
      }
      return { ok: true, value: out.data };
    } catch (err) {
      if (err instanceof AppFailure) {
        return fail(err.code, err.message, {
          ...(err.extra.reason ? { reason: err.extra.reason } : {}),
          ...(err.extra.details ? { details: err.extra.details } : {}),
        });
      }
      log.error('handler failed', { channel, error: err instanceof Error ? err.stack : String(err) });
      return fail('internal', 'internal error');
    }
  };
export type Dispatch = ReturnType<typeof createDispatcher>;
