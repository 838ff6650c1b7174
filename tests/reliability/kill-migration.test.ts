import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openConnection } from '../../electron/main/db/connection';
import { migrate, schemaVersion } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations';
import type { Migration } from '../../electron/main/db/migrations/types';
import { spawnTsChild, sleep } from './fixtures/child';
import { contentDigest, integrityCheck } from './fixtures/db-inspect';
import { mulberry32, seedFrom } from './fixtures/prng';
import { SYNTHETIC_MIGRATIONS } from './fixtures/synthetic-migrations';

/*
 * quality.md, row 2: kill during every migration step: user_version is old or new, never
 * between; the schema matches it. "Matches" is checked strictly: schema objects, every row and
 * user_version equal those of a clean migration to the version found.
 *
 * Modes: `block` stops inside the step's open transaction, so the version must be the old one;
 * `block-spill` does the same with a tiny page cache, so uncommitted pages already sit in the
 * WAL when the process dies; `continue` lets the migration run on and kills after a seeded
 * random delay, landing in a commit, a later step or after the end.
 */
const SEED = seedFrom('MIGRATION_KILL_SEED');
const MODES = ['block', 'block-spill', 'continue'] as const;
const LISTS = { real: MIGRATIONS, synthetic: SYNTHETIC_MIGRATIONS } as const;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'branchdesk-killmig-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** contentDigest of a clean migration to each version 0..n of a list. */
const cleanDigests = (list: readonly Migration[]): string[] =>
  Array.from({ length: list.length + 1 }, (_, v) => {
    const db = openConnection(':memory:');
    migrate(db, list.slice(0, v));
    const d = contentDigest(db);
    db.close();
    return d;
  });

describe('kill during every migration step', () => {
  console.log(`kill-migration: seed=${SEED} (replay with MIGRATION_KILL_SEED=${SEED})`);
  const random = mulberry32(SEED);

  for (const [listName, list] of Object.entries(LISTS)) {
    const digests = cleanDigests(list);
    for (const step of list.map((m) => m.version)) {
      for (const mode of MODES) {
        it(`${listName} list, step ${step} of ${list.length}, ${mode}`, async () => {
          const file = path.join(fs.mkdtempSync(path.join(root, `${listName}-${step}-${mode}-`)), 'branchdesk.db');
          const delay = mode === 'continue' ? Math.floor(random() * 20) : 0;
          const child = spawnTsChild('migrate-child.ts', [file, listName, String(step), mode]);
          await child.waitForLine((l) => l === `IN_STEP ${step}`);
          if (delay > 0) await sleep(delay);
          child.proc.kill('SIGKILL');
          const end = await child.closed;
          if (mode !== 'continue') expect(end, child.stderr()).toEqual({ code: null, signal: 'SIGKILL' });

          const db = openConnection(file);
          try {
            expect(integrityCheck(db)).toBe('ok');
            const found = schemaVersion(db);
            if (mode === 'continue') {
              // Never between: it is one of the step boundaries (here: at least the step before).
              expect(found).toBeGreaterThanOrEqual(step - 1);
              expect(found).toBeLessThanOrEqual(list.length);
            } else {
              expect(found).toBe(step - 1);
            }
            expect(contentDigest(db), `schema/data at version ${found}`).toBe(digests[found]);
            // And the next start finishes the job exactly as a clean run would.
            migrate(db, list);
            expect(contentDigest(db)).toBe(digests[list.length]);
          } finally {
            db.close();
          }
        });
      }
    }
  }
});
