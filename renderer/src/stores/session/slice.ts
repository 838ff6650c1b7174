import type { ChannelInput, SessionInfo } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/ipc/errors';
import type { AuthProblem } from '../../api/client';
import type { SliceGet, SliceSet, StoreDeps } from '../types';

/** Why the screen is locked: the renderer saw no input, the person asked, or main refused a call. */
export type LockReason = 'idle' | 'manual' | 'main';

/**
 * Who is signed in, as main last told us. Main is the only judge: every action here asks main and
 * stores its answer; a `session_locked` or `unauthenticated` reply from any call updates the state.
 */
export interface SessionSlice {
  session: SessionInfo | null;
  /** Whether auth:session has been asked since start (until then the screen is undecided). */
  sessionChecked: boolean;
  locked: boolean;
  lockReason: LockReason | null;
  /** The session ended without the person signing out (shown once on the login screen). */
  sessionEnded: boolean;
  setup(input: ChannelInput<'auth:setup'>): Promise<Result<SessionInfo>>;
  login(username: string, password: string): Promise<Result<SessionInfo>>;
  logout(): Promise<void>;
  lock(reason: LockReason): Promise<void>;
  /** Tells main the person is active, so its idle lock does not fire while they type. */
  touch(): Promise<void>;
  unlock(password: string): Promise<Result<SessionInfo>>;
  changePassword(currentPassword: string, newPassword: string): Promise<Result<{ done: true }>>;
  refreshSession(): Promise<void>;
  handleAuthProblem(code: AuthProblem): void;
}

const signedOut = { session: null, locked: false, lockReason: null } as const;

/** Forgets every cached copy of main's data, so the next person never sees the last one's. */
const forgetCaches = (get: SliceGet) => {
  const s = get();
  s.clearReference();
  s.clearAudit();
  s.clearCounter();
  s.clearRecords();
  s.clearStaffing();
  s.clearCases();
  s.clearPrinting();
  s.clearVisits();
  s.clearVehicles();
  s.clearSync();
};

export const createSessionSlice =
  (deps: StoreDeps) =>
  (set: SliceSet, get: SliceGet): SessionSlice => ({
    session: null,
    sessionChecked: false,
    locked: false,
    lockReason: null,
    sessionEnded: false,

    async setup(input) {
      const r = await deps.client.call('auth:setup', input);
      if (r.ok) {
        const status = get().status;
        set({
          session: r.value,
          sessionChecked: true,
          locked: false,
          lockReason: null,
          sessionEnded: false,
          ...(status ? { status: { ...status, state: 'ready', setupUnits: [], branchName: r.value.branchName } } : {}),
        });
      } else if (r.error.code === 'setup_done') {
        // Someone finished set-up meanwhile: re-read the status so the login screen shows.
        await get().boot();
      }
      return r;
    },

    async login(username, password) {
      const r = await deps.client.call('auth:login', { username, password });
      if (r.ok) set({ session: r.value, sessionChecked: true, locked: false, lockReason: null, sessionEnded: false });
      return r;
    },

    async logout() {
      await deps.client.call('auth:logout', {});
      forgetCaches(get);
      set({ ...signedOut, sessionEnded: false });
    },

    async lock(reason) {
      if (!get().session) return;
      // Lock the screen first: it must not wait for main to answer.
      set({ locked: true, lockReason: get().locked ? get().lockReason : reason });
      await deps.client.call('auth:lock', {});
    },

    async touch() {
      if (get().session && !get().locked) await deps.client.call('auth:touch', {});
    },

    async unlock(password) {
      const r = await deps.client.call('auth:unlock', { password });
      if (r.ok) {
        set({ session: r.value, locked: false, lockReason: null });
      } else if (r.error.code === 'bad_credentials') {
        // Too many wrong passwords end the session in main; find out so the login screen shows.
        await get().refreshSession();
      }
      return r;
    },

    async changePassword(currentPassword, newPassword) {
      return deps.client.call('auth:changePassword', { currentPassword, newPassword });
    },

    async refreshSession() {
      const r = await deps.client.call('auth:session', {});
      if (!r.ok) {
        set({ sessionChecked: true });
        return;
      }
      const { session, locked } = r.value;
      if (!session) {
        const hadSession = get().session !== null;
        if (hadSession) forgetCaches(get);
        set({ ...signedOut, sessionChecked: true, sessionEnded: hadSession });
        return;
      }
      set({
        session,
        sessionChecked: true,
        locked,
        lockReason: locked ? (get().lockReason ?? 'main') : null,
      });
    },

    handleAuthProblem(code) {
      if (!get().session) return;
      if (code === 'session_locked') {
        if (!get().locked) set({ locked: true, lockReason: 'main' });
        return;
      }
      forgetCaches(get);
      set({ ...signedOut, sessionEnded: true });
    },
  });
