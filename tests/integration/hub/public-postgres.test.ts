import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres } from '../../support/postgres';
import type { TestPostgres } from '../../support/postgres';
import { post } from './harness';
import { newToken, startPublicHub } from './public-fixtures';
import type { PublicHub } from './public-fixtures';

/**
 * The public page and the milestone API on PostgreSQL: the same adapter, reading through the
 * branch's row cache instead of SQLite's synchronous reads.
 */
let pg: TestPostgres;
let hub: PublicHub;
beforeAll(async () => {
  pg = await startPostgres();
  hub = await startPublicHub({ databaseUrl: pg.createDatabase('public_page') });
});
afterAll(async () => {
  await hub?.stop();
  pg?.stop();
});

describe('public case page and milestone API on PostgreSQL', () => {
  it('renders a case, 404s a revoked or unknown token alike, and takes a milestone once', async () => {
    const c = await hub.seedCase({ caseNumber: 'TN1150301', productName: '電暖器', milestones: [{ kind: 'sampling', at: '2026-11-21T03:00:00.000Z' }] });
    const page = await (await fetch(`${hub.url}/C/${c.token.toLowerCase()}`)).text();
    expect(page).toContain('<dd class="mono">TN1150301</dd>');
    expect(page).toContain('<dd>電暖器</dd>');
    expect(page).toContain('<dt>承辦單位</dt><dd>經濟部標準檢驗局 分局 第一課</dd>');
    expect(page).toMatch(/<p class="now">.*取樣／送樣<\/p>/);

    const send = (kind: string, at: string, idem: string) =>
      post<Record<string, unknown>>(`${hub.url}/api/v1/cases/TN1150301/milestones`, hub.keys['bureau-central'] ?? '', { kind, at }, { 'idempotency-key': idem });
    expect((await send('completed', '2026-11-26T01:00:00.000Z', 'pg-evt-0001')).status).toBe(201);
    expect((await send('completed', '2026-11-26T01:00:00.000Z', 'pg-evt-0001')).body).toMatchObject({ ok: true, replayed: true });
    const closed = await send('testing', '2026-11-26T02:00:00.000Z', 'pg-evt-0002');
    expect([closed.status, (closed.body.error as { code: string }).code]).toEqual([409, 'CASE_CLOSED']);
    expect(await (await fetch(`${hub.url}/C/${c.token}`)).text()).toMatch(/<p class="now">.*發證／結案<\/p>/);

    const unknown = await fetch(`${hub.url}/C/${newToken()}`);
    const fresh = newToken();
    await hub.push([{ name: 'case.issueToken', args: { caseId: c.caseId, token: fresh, revokeOthers: true } }]);
    const revoked = await fetch(`${hub.url}/C/${c.token}`);
    expect([unknown.status, revoked.status]).toEqual([404, 404]);
    expect(Buffer.from(await revoked.arrayBuffer()).equals(Buffer.from(await unknown.arrayBuffer()))).toBe(true);
    expect((await fetch(`${hub.url}/C/${fresh}`)).status).toBe(200);
  });
});
