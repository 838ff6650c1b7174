import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateHub } from '../db/migrations';
import type { HubBackend } from '../store/backend';
import { createSqliteBackend } from '../store/sqlite-backend';
import { createCaseReader } from './store-adapter';

const BRANCH = 'branch-main';
const AT = '2026-11-27T01:30:00.000Z';

/** A hub backend on an in-memory SQLite with one case per token, counting token look-ups in storage. */
const backendWithCases = async (tokens: readonly string[]) => {
  const db = new Database(':memory:');
  migrateHub(db, { defaultBranch: BRANCH });
  const inner = createSqliteBackend(db);
  await inner.transaction((s) =>
    s.writeRows(
      BRANCH,
      tokens.flatMap((t) => [
        { tbl: 'case_tokens', key: t, data: JSON.stringify({ token: t, caseId: `case-${t}`, revokedAt: null }), index: [] },
        {
          tbl: 'inspection_cases',
          key: `case-${t}`,
          data: JSON.stringify({ id: `case-${t}`, caseNumber: `N-${t}`, unitId: 'unit-x', productId: 'pr-x', productModel: 'M', status: 'received' }),
          index: [],
        },
      ]),
      { deviceId: null, seq: null, at: AT },
    ),
  );
  const lookups: string[] = [];
  const backend: HubBackend = {
    ...inner,
    transaction: (fn, opts) =>
      inner.transaction(
        (s) =>
          fn({
            ...s,
            findAnyBranch: async (tbl, key) => {
              lookups.push(key);
              return s.findAnyBranch(tbl, key);
            },
          }),
        opts,
      ),
  };
  return { backend, lookups, close: () => db.close() };
};

describe('the case reader view cache', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  it('keeps the views read most recently: a repeat visit moves a view to the back of the queue', async () => {
    const world = await backendWithCases(['A', 'B', 'C']);
    close = world.close;
    const reader = createCaseReader(world.backend, 2);
    for (const t of ['A', 'B', 'A', 'C']) expect((await reader.byToken(t))?.caseNumber).toBe(`N-${t}`);
    // A was read again after B, so C's arrival evicts B.
    expect(world.lookups).toEqual(['A', 'B', 'C']);
    await reader.byToken('A');
    expect(world.lookups).toEqual(['A', 'B', 'C']);
    await reader.byToken('B');
    expect(world.lookups).toEqual(['A', 'B', 'C', 'B']);
  });
});
