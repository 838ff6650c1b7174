/**
 * Signed-in sessions, one per window (sender). Main is the only judge of who is signed in; the
 * renderer merely asks. A session idle longer than the idle limit is locked: it keeps the person
 * but every call needs the password again (auth:unlock).
 */
export interface Session {
  staffId: string;
  lastActivity: number;
  locked: boolean;
}

export const createSessions = (nowMs: () => number) => {
  const bySender = new Map<string, Session>();
  return {
    start(senderKey: string, staffId: string): void {
      bySender.set(senderKey, { staffId, lastActivity: nowMs(), locked: false });
    },
    end(senderKey: string): void {
      bySender.delete(senderKey);
    },
    get(senderKey: string): Session | undefined {
      return bySender.get(senderKey);
    },
    /** Locks the session if it has been idle longer than `idleMs`; returns it. */
    check(senderKey: string, idleMs: number): Session | undefined {
      const s = bySender.get(senderKey);
      if (s && !s.locked && nowMs() - s.lastActivity > idleMs) s.locked = true;
      return s;
    },
    touch(senderKey: string): void {
      const s = bySender.get(senderKey);
      if (s && !s.locked) s.lastActivity = nowMs();
    },
    lock(senderKey: string): void {
      const s = bySender.get(senderKey);
      if (s) s.locked = true;
    },
    unlock(senderKey: string): void {
      const s = bySender.get(senderKey);
      if (s) {
        s.locked = false;
        s.lastActivity = nowMs();
      }
    },
  };
};
export type Sessions = ReturnType<typeof createSessions>;
