import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import { ROLES } from '../../../shared/domain/roles';
import type { Role } from '../../../shared/domain/roles';
import { addSignedInStaff, createTestApp, setUpAdmin } from '../testing/app-fixture';
import type { TestApp } from '../testing/app-fixture';

/**
 * Every channel × every role (and nobody signed in): only the roles the contract names get past
 * the gate; every refusal is `forbidden` (or `unauthenticated`) and is logged.
 */
let app: TestApp;
const usernames = new Map<Role, string>();

beforeAll(async () => {
  app = createTestApp();
  await setUpAdmin(app);
  for (const role of ROLES) {
    await addSignedInStaff(app, `r${role}`, [role]);
    usernames.set(role, `r${role}-user`);
  }
});
afterAll(() => app.close());

const allowed = (channel: (typeof CHANNELS)[number], role: Role | null): boolean => {
  const roles = contract[channel].roles;
  if (roles === 'public') return true;
  if (role === null) return false;
  return roles === 'any' || (roles as readonly Role[]).includes(role);
};

describe('role matrix', () => {
  for (const channel of CHANNELS) {
    it(`${channel}`, async () => {
      for (const role of [...ROLES, null]) {
        const sender = role ? `matrix-${role}` : 'matrix-nobody';
        if (role) {
          // A fresh session for each call: some channels (logout, lock) end or lock it.
          await app.ok(sender, 'auth:login', { username: usernames.get(role), password: 'staff-password-1' });
        }
        const deniedBefore = countDenials(channel);
        // An empty object is invalid for most channels: allowed callers then see invalid_input.
        const r = await app.call(sender, channel, {});
        const code = r.ok ? 'ok' : r.error?.code;
        if (allowed(channel, role)) {
          expect(code, `${role} on ${channel}`).not.toBe('forbidden');
          expect(code, `${role} on ${channel}`).not.toBe('unauthenticated');
        } else {
          expect(code, `${role} on ${channel}`).toBe(role ? 'forbidden' : 'unauthenticated');
          if (role) expect(countDenials(channel)).toBe(deniedBefore + 1);
        }
        if (role) await app.call(sender, 'auth:logout');
      }
    });
  }
});

const countDenials = (channel: string): number =>
  (
    app.ctx.db!.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'ipc.denied' AND entity_id = ?").get(channel) as {
      n: number;
    }
  ).n;
