import type { Role } from '../../../shared/domain/roles';
import type { Harness } from '../support/harness';
import { expect } from '../support/harness';
import { ADMIN } from './app-page';

/**
 * Arranging data straight through the dispatcher, as another window would: a separate sender
 * signs in as the administrator, so the page under test starts signed out.
 */
const ARRANGER = 'e2e-arranger';

const ok = async (p: Promise<unknown>) => {
  const r = (await p) as { ok: boolean; value?: unknown; error?: unknown };
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return r.value;
};

/** Any call as the arranging administrator, which must succeed; returns its value. */
export const arrangeOk = async <T>(harness: Harness, channel: string, input: unknown): Promise<T> =>
  (await ok(harness.context.dispatch(ARRANGER, channel, input))) as T;

export const arrangeAdmin = async (harness: Harness): Promise<void> => {
  await ok(
    harness.context.dispatch(ARRANGER, 'auth:setup', {
      name: ADMIN.name,
      username: ADMIN.username,
      password: ADMIN.password,
      unitId: 'unit-s1',
    }),
  );
};

export const arrangeStaff = async (
  harness: Harness,
  s: { name: string; username: string; password: string; roles: Role[]; unitId?: string },
): Promise<string> => {
  const { id } = (await ok(
    harness.context.dispatch(ARRANGER, 'staff:save', {
      unitId: s.unitId ?? 'unit-s1',
      name: s.name,
      username: s.username,
      roles: s.roles,
      active: true,
    }),
  )) as { id: string };
  await ok(harness.context.dispatch(ARRANGER, 'staff:setPassword', { staffId: id, newPassword: s.password }));
  return id;
};
