import type { AuthService } from '../services/auth';
import type { CallContext, Handlers } from './dispatch';
import { AppFailure } from '../../../shared/ipc/errors';

const done = { done: true } as const;

/** The staff member of a role-gated call (the dispatcher has already resolved it). */
export const staffOf = (ctx: CallContext) => {
  if (!ctx.staff) throw new AppFailure('unauthenticated', 'not signed in');
  return ctx.staff;
};

export const authHandlers = (auth: AuthService) =>
  ({
    'auth:setup': (i, ctx) => auth.setup(ctx.senderKey, i),
    'auth:login': (i, ctx) => auth.login(ctx.senderKey, i.username, i.password),
    'auth:logout': (_i, ctx) => {
      auth.logout(ctx.senderKey);
      return done;
    },
    'auth:session': (_i, ctx) => auth.session(ctx.senderKey),
    'auth:lock': (_i, ctx) => {
      auth.lock(ctx.senderKey);
      return done;
    },
    // The dispatcher counts every non-passive call as activity; this one does nothing else.
    'auth:touch': () => done,
    'auth:unlock': (i, ctx) => auth.unlock(ctx.senderKey, i.password),
    'auth:changePassword': async (i, ctx) => {
      await auth.changePassword(ctx.senderKey, i.currentPassword, i.newPassword);
      return done;
    },
  }) satisfies Partial<Handlers>;
