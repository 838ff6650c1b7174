import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, setUpAdmin, addSignedInStaff, ADMIN_PASSWORD } from '../testing/app-fixture';
import type { TestApp } from '../testing/app-fixture';

let app: TestApp;
let clock = Date.parse('2026-11-27T01:00:00Z');
beforeEach(() => {
  clock = Date.parse('2026-11-27T01:00:00Z');
  app = createTestApp({ now: () => new Date(clock) });
});
afterEach(() => app.close());

describe('dispatcher', () => {
  it('before set-up answers only status and set-up', async () => {
    expect(await app.ok('x', 'app:status')).toMatchObject({ state: 'needs_setup' });
    expect((await app.call('x', 'auth:login', { username: 'a', password: 'b' })).error?.code).toBe('setup_required');
    await setUpAdmin(app);
    expect(await app.ok('x', 'app:status')).toMatchObject({ state: 'ready' });
    // Set-up happens once.
    const again = await app.call('y', 'auth:setup', { name: '某人', username: 'other', password: 'another-password', unitId: 'unit-s1' });
    expect(again.error?.code).toBe('setup_done');
  });

  it('refuses unknown channels, unauthenticated and unauthorised calls with stable codes', async () => {
    await setUpAdmin(app);
    expect((await app.call('admin', 'nope:nothing')).error?.code).toBe('not_found');
    expect((await app.call('stranger', 'reference:get')).error?.code).toBe('unauthenticated');
    await addSignedInStaff(app, 'counter', ['counter']);
    expect((await app.call('counter', 'staff:save', {})).error?.code).toBe('forbidden');
    // The denial is in the audit log.
    const log = await app.ok<{ action: string; entityId: string }[]>('admin', 'audit:list', { limit: 10 });
    expect(log.some((e) => e.action === 'ipc.denied' && e.entityId === 'staff:save')).toBe(true);
  });

  it('passes role checks before validation, so a forbidden caller learns nothing about inputs', async () => {
    await setUpAdmin(app);
    await addSignedInStaff(app, 'counter', ['counter']);
    expect((await app.call('counter', 'parameter:set', { key: 'nope', value: 'x' })).error?.code).toBe('forbidden');
    expect((await app.call('admin', 'parameter:set', { key: 'nope', value: 'x' })).error?.code).toBe('invalid_input');
  });

  it('locks an idle session; background polling does not keep it awake; unlock needs the password', async () => {
    await setUpAdmin(app);
    for (let i = 0; i < 12; i++) {
      clock += 60_000;
      await app.call('admin', 'sync:status');
    }
    expect((await app.call('admin', 'reference:get')).error?.code).toBe('session_locked');
    expect(await app.ok('admin', 'auth:session')).toMatchObject({ locked: true });
    expect((await app.call('admin', 'auth:unlock', { password: 'wrong-password' })).error?.code).toBe('bad_credentials');
    await app.ok('admin', 'auth:unlock', { password: ADMIN_PASSWORD });
    await app.ok('admin', 'reference:get');
  });

  it('auth:touch (the renderer reporting input) keeps a busy person unlocked', async () => {
    await setUpAdmin(app);
    for (let i = 0; i < 5; i++) {
      clock += 9 * 60_000;
      await app.ok('admin', 'auth:touch');
    }
    await app.ok('admin', 'reference:get');
  });

  it('locks out after repeated failures and says how long to wait', async () => {
    await setUpAdmin(app);
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await app.call('x', 'auth:login', { username: 'admin', password: `wrong-${i}` });
      codes.push(r.error?.code ?? 'ok');
    }
    expect(codes.slice(0, 4)).toEqual(Array(4).fill('bad_credentials'));
    expect(codes[4]).toBe('locked_out');
    // Even the right password is refused while locked out…
    const locked = await app.call('x', 'auth:login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(locked.error?.code).toBe('locked_out');
    // …and accepted once the wait is over.
    clock += 31_000;
    await app.ok('x', 'auth:login', { username: 'admin', password: ADMIN_PASSWORD });
  });

  it('treats an unknown username like a wrong password', async () => {
    await setUpAdmin(app);
    expect((await app.call('x', 'auth:login', { username: 'ghost', password: 'whatever' })).error?.code).toBe('bad_credentials');
  });

  it('reads roles fresh: a deactivated person is signed out at the next call', async () => {
    await setUpAdmin(app);
    const id = await addSignedInStaff(app, 'insp', ['inspector']);
    await app.ok('insp', 'reference:get');
    const staff = (await app.ok<{ id: string; unitId: string; name: string; username: string; roles: string[] }[]>('admin', 'staff:list')).find((s) => s.id === id)!;
    await app.ok('admin', 'staff:save', { id, unitId: staff.unitId, name: staff.name, username: staff.username, roles: staff.roles, active: false });
    expect((await app.call('insp', 'reference:get')).error?.code).toBe('unauthenticated');
  });

  it('reports a mutation refusal with its reason and writes nothing', async () => {
    await setUpAdmin(app);
    const before = await app.ok<{ pending: number }>('admin', 'sync:status');
    const r = await app.call('admin', 'staff:save', { unitId: 'unit-s1', name: '重複', username: 'admin', roles: ['counter'], active: true });
    expect(r.error).toMatchObject({ code: 'rejected', reason: 'USERNAME_TAKEN' });
    expect(await app.ok('admin', 'sync:status')).toEqual(before);
  });

  it('lets anyone change their own password, checking the current one', async () => {
    await setUpAdmin(app);
    await addSignedInStaff(app, 'counter', ['counter']);
    const bad = await app.call('counter', 'auth:changePassword', { currentPassword: 'nope', newPassword: 'a-new-password-1' });
    expect(bad.error?.code).toBe('bad_credentials');
    await app.ok('counter', 'auth:changePassword', { currentPassword: 'staff-password-1', newPassword: 'a-new-password-1' });
    await app.ok('counter', 'auth:logout');
    await app.ok('counter', 'auth:login', { username: 'counter-user', password: 'a-new-password-1' });
  });
});
