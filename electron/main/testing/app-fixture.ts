import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAppContext } from '../app-context';
import type { AppContext, AppContextOptions } from '../app-context';
import type { Role } from '../../../shared/domain/roles';

/** Cheap scrypt for tests only; production uses STRONG_COST. */
export const TEST_SCRYPT = { logN: 10, r: 8, p: 1 };
export const ADMIN_PASSWORD = 'admin-password-123';

export interface TestApp {
  ctx: AppContext;
  dir: string;
  /** Errors the app logged (handler crashes, contract violations). */
  errors: unknown[];
  /** Calls a channel as `sender`, returning the Result envelope. */
  call(sender: string, channel: string, input?: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; reason?: string } }>;
  /** Calls and expects success; returns the value. */
  ok<T = unknown>(sender: string, channel: string, input?: unknown): Promise<T>;
  close(): void;
}

export const createTestApp = (opts: Partial<AppContextOptions> = {}): TestApp => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchdesk-test-'));
  const errors: unknown[] = [];
  const ctx = createAppContext({
    dataDir: dir,
    appVersion: 'test',
    scryptCost: TEST_SCRYPT,
    log: { error: (msg, meta) => errors.push({ msg, meta }) },
    ...opts,
  });
  const call: TestApp['call'] = async (sender, channel, input = {}) =>
    (await ctx.dispatch(sender, channel, input)) as Awaited<ReturnType<TestApp['call']>>;
  return {
    ctx,
    dir,
    errors,
    call,
    async ok<T>(sender: string, channel: string, input: unknown = {}) {
      const r = await call(sender, channel, input);
      if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
      return r.value as T;
    },
    close() {
      ctx.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};

/** First-run set-up as `admin`, leaving sender 'admin' signed in. */
export const setUpAdmin = async (app: TestApp): Promise<void> => {
  await app.ok('admin', 'auth:setup', { name: '系統管理者', username: 'admin', password: ADMIN_PASSWORD, unitId: 'unit-s6' });
};

/** Creates a staff member with the given roles and password, signed in as `sender`. */
export const addSignedInStaff = async (app: TestApp, sender: string, roles: Role[], unitId = 'unit-s1'): Promise<string> => {
  const username = `${sender.replace(/[^a-z0-9]/g, '')}-user`;
  const { id } = await app.ok<{ id: string }>('admin', 'staff:save', {
    unitId,
    name: `測試${sender}`,
    username,
    roles,
    active: true,
  });
  await app.ok('admin', 'staff:setPassword', { staffId: id, newPassword: 'staff-password-1' });
  await app.ok(sender, 'auth:login', { username, password: 'staff-password-1' });
  return id;
};
