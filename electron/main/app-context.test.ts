import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppContext } from './app-context';
import { DB_FILE_NAME } from './db/open-database';
import { TEST_SCRYPT } from './testing/app-fixture';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('app context with an unusable database', () => {
  it('answers only app:status, leaves the file as found, and picks up a restored file on the next check', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchdesk-ctx-'));
    dirs.push(dir);
    const garbage = Buffer.from('this is not a database, but someone’s file: keep it'.repeat(100));
    fs.writeFileSync(path.join(dir, DB_FILE_NAME), garbage);
    const errors: unknown[] = [];
    const ctx = createAppContext({ dataDir: dir, appVersion: 't', scryptCost: TEST_SCRYPT, log: { error: (m) => errors.push(m) } });
    expect(await ctx.dispatch('s', 'app:status', {})).toMatchObject({ ok: true, value: { state: 'db_error', dbError: 'db_corrupt' } });
    expect(await ctx.dispatch('s', 'auth:login', { username: 'a', password: 'b' })).toMatchObject({ ok: false, error: { code: 'db_unavailable' } });
    expect(fs.readFileSync(path.join(dir, DB_FILE_NAME)).equals(garbage)).toBe(true);
    expect(ctx.db).toBeUndefined();

    // The admin moves the damaged file aside (restoring a backup would do the same).
    fs.renameSync(path.join(dir, DB_FILE_NAME), path.join(dir, 'damaged.db'));
    expect(await ctx.dispatch('s', 'app:status', {})).toMatchObject({ ok: true, value: { state: 'needs_setup' } });
    expect(ctx.db).toBeDefined();
    ctx.close();
  });
});
