import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CHANNELS } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import { ROLES } from '../../../shared/domain/roles';
import { addSignedInStaff, createTestApp, setUpAdmin } from '../testing/app-fixture';
import type { TestApp } from '../testing/app-fixture';

/**
 * Every channel fed random and hostile input by a person holding every role (so role checks pass
 * and validation is what is tested): nothing invalid is accepted, nothing is written, nothing crashes.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261127);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 150);

const hostile = fc.oneof(
  fc.anything({ maxDepth: 3, withBigInt: false }),
  fc.constantFrom(
    null,
    undefined,
    '',
    '<img src=x onerror=alert(1)>',
    { __proto__: { admin: true } },
    JSON.parse('{"__proto__": {"polluted": 1}}') as unknown,
    { username: 'a'.repeat(10_000), password: 'b' },
    { key: 'citizen.hourlyWage', value: Number.NaN },
    { key: 'citizen.hourlyWage', value: Infinity },
    { limit: 0 },
    { limit: 1e9 },
    { id: "x'; DROP TABLE staff; --", unitId: 'unit-s1', name: 'x', username: 'x', roles: ['admin'], active: true },
    { unitId: 'unit-s1', name: '\u202Eevil', username: 'UPPER', roles: [], active: true },
    { unitId: 'unit-s1', name: '  ', username: 'valid', roles: ['counter'], active: true },
    { unitId: 'unit-s1', name: 'ok', username: 'valid-name', roles: ['counter', 'root'], active: true },
    { staffId: 'x', newPassword: 'short' },
    ['array'],
    42,
  ),
);

let app: TestApp;
const changes = () => (app.ctx.db!.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

beforeAll(async () => {
  app = createTestApp();
  await setUpAdmin(app);
  await addSignedInStaff(app, 'fuzz', [...ROLES]);
});
afterAll(() => app.close());

describe('every channel refuses malformed input', () => {
  for (const channel of CHANNELS) {
    it(`${channel}: invalid input → invalid_input, no write, no crash`, async () => {
      const schema = contract[channel].input as z.ZodType;
      let invalidSeen = 0;
      await fc.assert(
        fc.asyncProperty(hostile, async (input) => {
          fc.pre(!schema.safeParse(input).success);
          invalidSeen++;
          const before = changes();
          const r = await app.ctx.dispatch('fuzz', channel, input);
          expect(r.ok).toBe(false);
          expect(r.ok ? 'ok' : r.error.code).toBe('invalid_input');
          expect(changes()).toBe(before);
        }),
        { seed: SEED, numRuns: RUNS },
      );
      expect(invalidSeen).toBeGreaterThan(0);
      expect(app.errors).toEqual([]);
      // The fuzzing person is still signed in and unlocked: nothing above changed the session.
      expect((await app.call('fuzz', 'reference:get')).ok).toBe(true);
    });
  }
});
