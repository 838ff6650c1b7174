import type { Database } from 'better-sqlite3';
import type { Staff } from '../../../shared/domain/reference';
import { SETUP_DONE_KEY } from '../../../shared/mutations/setup';
import type { SessionInfo } from '../../../shared/ipc/contract';
import { AppFailure } from '../../../shared/ipc/errors';
import type { Executor } from '../db/executor';
import { loginAttemptQueries } from '../db/queries/login-attempts';
import { lockoutSeconds } from './lockout';
import type { ScryptCost } from './passwords';
import { hashPassword, verifyPassword } from './passwords';
import { failOnMutation } from './mutation-errors';
import type { Sessions } from './sessions';

export interface AuthDeps {
  db: Database;
  executor: Executor;
  sessions: Sessions;
  now: () => Date;
  newId: () => string;
  scryptCost: ScryptCost;
  /** Called after a person changed their own password (e.g. to re-seal their signing keys). */
  onPasswordChanged?: (staffId: string, oldPassword: string, newPassword: string) => Promise<void>;
}

const DEFAULT_IDLE_MINUTES = 10;

export const createAuthService = (deps: AuthDeps) => {
  const { executor, sessions } = deps;
  const { stores } = executor;
  const attempts = loginAttemptQueries(deps.db);
  // Verifying against this when the username is unknown keeps the timing the same as a wrong password.
  const decoy = hashPassword('decoy-password-never-used', deps.scryptCost);

  const idleMinutes = (): number => stores.parameters.get('session.idleLockMinutes')?.value ?? DEFAULT_IDLE_MINUTES;

  const isSetUp = (): boolean => stores.settings.get(SETUP_DONE_KEY) !== undefined;

  const sessionInfo = (staff: Staff): SessionInfo => ({
    staffId: staff.id,
    name: staff.name,
    username: staff.username,
    roles: staff.roles,
    unitId: staff.unitId,
    unitName: stores.units.get(staff.unitId)?.name ?? '',
    branchName: stores.branches.all()[0]?.name ?? '',
    idleLockMinutes: idleMinutes(),
  });

  /** The signed-in, active staff member behind a sender, if any (roles read fresh each call). */
  const currentStaff = (senderKey: string): Staff | undefined => {
    const s = sessions.get(senderKey);
    if (!s) return undefined;
    const staff = stores.staff.get(s.staffId);
    if (!staff?.active) {
      sessions.end(senderKey);
      return undefined;
    }
    return staff;
  };

  const checkPassword = async (staff: Staff | undefined, password: string): Promise<boolean> => {
    const cred = staff?.active ? stores.credentials.get(staff.id) : undefined;
    if (!cred) {
      await verifyPassword(password, await decoy);
      return false;
    }
    return verifyPassword(password, cred.verifier);
  };

  return {
    isSetUp,
    idleMs: () => idleMinutes() * 60_000,
    currentStaff,

    async setup(senderKey: string, a: { name: string; username: string; password: string; unitId: string }) {
      if (isSetUp()) throw new AppFailure('setup_done', 'first-run set-up was already completed');
      const verifier = await hashPassword(a.password, deps.scryptCost);
      const staffId = deps.newId();
      const outcome = executor.apply(
        'setup.createFirstAdmin',
        { staffId, unitId: a.unitId, name: a.name, username: a.username, verifier },
        { staffId: null, roles: [], system: true },
      );
      failOnMutation(outcome);
      sessions.start(senderKey, staffId);
      const staff = stores.staff.get(staffId);
      if (!staff) throw new AppFailure('internal', 'admin not stored');
      return sessionInfo(staff);
    },

    async login(senderKey: string, username: string, password: string): Promise<SessionInfo> {
      if (!isSetUp()) throw new AppFailure('setup_required', 'set-up not done');
      const key = username.trim().toLowerCase();
      const nowMs = deps.now().getTime();
      const prior = attempts.get(key);
      if (prior?.locked_until && Date.parse(prior.locked_until) > nowMs) {
        const wait = Math.ceil((Date.parse(prior.locked_until) - nowMs) / 1000);
        throw new AppFailure('locked_out', 'too many failed attempts', { details: { retryAfterSeconds: wait } });
      }
      const staff = stores.staff.findBy('username', key)[0];
      if (!(await checkPassword(staff, password))) {
        const failures = (prior?.failures ?? 0) + 1;
        const wait = lockoutSeconds(failures);
        attempts.put({
          username: key,
          failures,
          locked_until: wait > 0 ? new Date(nowMs + wait * 1000).toISOString() : null,
        });
        executor.recordEvent({
          actorId: staff?.id ?? null,
          action: wait > 0 ? 'auth.lockedOut' : 'auth.loginFailed',
          entity: 'staff',
          entityId: staff?.id ?? '-',
          summary: `login failed for "${key.slice(0, 64)}" (${failures})`,
        });
        if (wait > 0) {
          throw new AppFailure('locked_out', 'too many failed attempts', { details: { retryAfterSeconds: wait } });
        }
        throw new AppFailure('bad_credentials', 'wrong username or password');
      }
      if (!staff) throw new AppFailure('bad_credentials', 'wrong username or password');
      attempts.clear(key);
      sessions.start(senderKey, staff.id);
      executor.recordEvent({ actorId: staff.id, action: 'auth.login', entity: 'staff', entityId: staff.id, summary: 'login' });
      return sessionInfo(staff);
    },

    lock(senderKey: string): void {
      sessions.lock(senderKey);
    },

    /** The dispatcher's view of sessions: who is calling, activity, and refused calls. */
    gate: {
      resolve(senderKey: string) {
        const s = sessions.check(senderKey, idleMinutes() * 60_000);
        const staff = currentStaff(senderKey);
        if (!s || !staff) return { error: 'unauthenticated' as const };
        if (s.locked) return { error: 'session_locked' as const };
        return { staff };
      },
      touch: (senderKey: string) => sessions.touch(senderKey),
      denied(_senderKey: string, staff: Staff | undefined, channel: string, code: string) {
        executor.recordEvent({
          actorId: staff?.id ?? null,
          action: 'ipc.denied',
          entity: 'channel',
          entityId: channel,
          summary: code,
        });
      },
    },

    logout(senderKey: string): void {
      const s = sessions.get(senderKey);
      if (s) {
        executor.recordEvent({ actorId: s.staffId, action: 'auth.logout', entity: 'staff', entityId: s.staffId, summary: 'logout' });
      }
      sessions.end(senderKey);
    },

    session(senderKey: string): { session: SessionInfo | null; locked: boolean } {
      const s = sessions.check(senderKey, idleMinutes() * 60_000);
      const staff = currentStaff(senderKey);
      return { session: staff ? sessionInfo(staff) : null, locked: s?.locked ?? false };
    },

    async unlock(senderKey: string, password: string): Promise<SessionInfo> {
      const staff = currentStaff(senderKey);
      if (!staff) throw new AppFailure('unauthenticated', 'no session to unlock');
      if (!(await checkPassword(staff, password))) {
        // Too many wrong unlock attempts end the session: the next step is a full login with lock-out.
        const key = staff.username;
        const failures = (attempts.get(key)?.failures ?? 0) + 1;
        attempts.put({ username: key, failures, locked_until: null });
        if (lockoutSeconds(failures) > 0) sessions.end(senderKey);
        throw new AppFailure('bad_credentials', 'wrong password');
      }
      attempts.clear(staff.username);
      sessions.unlock(senderKey);
      return sessionInfo(staff);
    },

    async changePassword(senderKey: string, current: string, next: string): Promise<void> {
      const staff = currentStaff(senderKey);
      if (!staff) throw new AppFailure('unauthenticated', 'not signed in');
      if (!(await checkPassword(staff, current))) throw new AppFailure('bad_credentials', 'wrong current password');
      const verifier = await hashPassword(next, deps.scryptCost);
      failOnMutation(executor.apply('staff.setPassword', { staffId: staff.id, verifier }, { staffId: staff.id, roles: staff.roles }));
      await deps.onPasswordChanged?.(staff.id, current, next);
    },

    async setPasswordFor(actor: Staff, staffId: string, next: string): Promise<void> {
      const verifier = await hashPassword(next, deps.scryptCost);
      failOnMutation(executor.apply('staff.setPassword', { staffId, verifier }, { staffId: actor.id, roles: actor.roles }));
    },
  };
};
export type AuthService = ReturnType<typeof createAuthService>;
