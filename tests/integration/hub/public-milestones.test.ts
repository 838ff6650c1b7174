import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { PullResponse } from '../../../shared/sync/wire';
import { post } from './harness';
import { startPublicHub } from './public-fixtures';
import type { PublicHub, SeededCase } from './public-fixtures';

/** POST /api/v1/cases/:caseNumber/milestones: the bureau's central system reporting progress. */

let hub: PublicHub;
let open: SeededCase;
let key: string;
let otherKey: string;
let n = 0;

beforeAll(async () => {
  hub = await startPublicHub({ integrations: ['bureau-central', 'lab-system'] });
  key = hub.keys['bureau-central'] ?? '';
  otherKey = hub.keys['lab-system'] ?? '';
  open = await hub.seedCase({ caseNumber: 'TN1150201', milestones: [{ kind: 'sampling', at: '2026-11-21T03:00:00.000Z' }] });
});
afterAll(async () => {
  await hub.stop();
});

const errorShape = z.strictObject({ ok: z.literal(false), error: z.strictObject({ code: z.string().regex(/^[A-Z_]+$/), message: z.string() }) });

const send = (caseNumber: string, body: unknown, opts: { key?: string | null; idem?: string | null; headers?: Record<string, string> } = {}) =>
  post<Record<string, unknown>>(`${hub.url}/api/v1/cases/${caseNumber}/milestones`, opts.key === undefined ? key : opts.key, body, {
    ...(opts.idem === null ? {} : { 'idempotency-key': opts.idem ?? `req-${(n += 1)}-${Date.now()}` }),
    ...opts.headers,
  });

const pageOf = async (c: SeededCase) => (await fetch(`${hub.url}/C/${c.token}`)).text();
const timelineLength = async (c: SeededCase) => (await pageOf(c)).match(/<li><b>/g)?.length ?? 0;

describe('milestone API: authentication', () => {
  it('refuses a missing, malformed or unknown key with 401 before reading the body, and writes nothing', async () => {
    const before = await timelineLength(open);
    for (const authorization of [null, 'not-a-key-but-long-enough-to-look-like-one', 'x']) {
      const res = await send('TN1150201', { kind: 'testing', at: '2026-11-22T03:00:00.000Z' }, { key: authorization });
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
    const raw = await fetch(`${hub.url}/api/v1/cases/TN1150201/milestones`, {
      method: 'POST',
      headers: { authorization: `Basic ${key}`, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(raw.status).toBe(401);
    expect(raw.headers.get('www-authenticate')).toBe('Bearer');
    expect(await timelineLength(open)).toBe(before);
  });
});

describe('milestone API: applying', () => {
  it('applies a milestone through case.addMilestone, recorded by the integration, and the page shows it', async () => {
    const c = await hub.seedCase({ caseNumber: 'TN1150202' });
    const res = await send('tn1150202', { kind: 'sampling', at: '2026-11-26T01:00:00.000Z', note: '  已取樣  ' }, { idem: 'bureau-evt-0001' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      ok: true,
      replayed: false,
      milestone: { caseNumber: 'TN1150202', kind: 'sampling', at: '2026-11-26T01:00:00.000Z', note: '已取樣', recordedBy: 'integration-bureau-central' },
    });
    const page = await pageOf(c);
    expect(page).toMatch(/<p class="now">.*取樣／送樣<\/p>/);
    // The note is for staff, never on the public page.
    expect(page).not.toContain('已取樣');
  });

  it('reaches the desktops: a pull returns the milestone and the updated case', async () => {
    const c = await hub.seedCase({ caseNumber: 'TN1150203' });
    const res = await send('TN1150203', { kind: 'testing', at: '2026-11-26T02:00:00.000Z' });
    expect(res.status).toBe(201);
    const id = (res.body.milestone as { id: string }).id;
    const pulled: PullResponse['changes'] = [];
    for (let cursor = 0, more = true; more; ) {
      const page = await post<PullResponse>(`${hub.url}/sync/pull`, hub.deviceToken, { deviceId: 'seeder', cursor, limit: 1000 });
      pulled.push(...page.body.changes);
      cursor = page.body.nextCursor;
      more = page.body.hasMore;
    }
    expect(pulled.find((ch) => ch.table === 'case_milestones' && ch.key === id)?.row).toMatchObject({
      caseId: c.caseId,
      kind: 'testing',
      recordedBy: 'integration-bureau-central',
    });
    expect(pulled.find((ch) => ch.table === 'inspection_cases' && ch.key === c.caseId)?.row).toMatchObject({ status: 'testing' });
  });
});

describe('milestone API: idempotency', () => {
  it('answers a repeat with the original milestone (200, replayed) and adds nothing', async () => {
    const c = await hub.seedCase({ caseNumber: 'TN1150204' });
    const body = { kind: 'testing', at: '2026-11-26T03:00:00+08:00', note: '送驗' };
    const first = await send('TN1150204', body, { idem: 'evt-repeat-1' });
    expect(first.status).toBe(201);
    const count = await timelineLength(c);
    const again = await send('TN1150204', body, { idem: 'evt-repeat-1' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...first.body, replayed: true });
    expect(await timelineLength(c)).toBe(count);
  });

  it('still replays after the case has closed, instead of refusing the retry', async () => {
    await hub.seedCase({ caseNumber: 'TN1150205' });
    const done = { kind: 'completed', at: '2026-11-26T04:00:00.000Z' };
    expect((await send('TN1150205', done, { idem: 'evt-close-1' })).status).toBe(201);
    const retry = await send('TN1150205', done, { idem: 'evt-close-1' });
    expect(retry.status).toBe(200);
    expect(retry.body.replayed).toBe(true);
  });

  it('refuses the same key for a different milestone with 422, and keeps keys of integrations apart', async () => {
    await hub.seedCase({ caseNumber: 'TN1150206' });
    expect((await send('TN1150206', { kind: 'testing', at: '2026-11-26T05:00:00.000Z' }, { idem: 'evt-shared-1' })).status).toBe(201);
    const reused = await send('TN1150206', { kind: 'reviewing', at: '2026-11-26T06:00:00.000Z' }, { idem: 'evt-shared-1' });
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({ ok: false, error: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    const otherCase = await send('TN1150201', { kind: 'testing', at: '2026-11-26T05:00:00.000Z' }, { idem: 'evt-shared-1' });
    expect(otherCase.status).toBe(422);
    // The same key from another system is its own request.
    const lab = await send('TN1150206', { kind: 'reviewing', at: '2026-11-26T06:00:00.000Z' }, { idem: 'evt-shared-1', key: otherKey });
    expect(lab.status).toBe(201);
    expect(lab.body).toMatchObject({ milestone: { recordedBy: 'integration-lab-system' } });
  });

  it('requires a well-formed Idempotency-Key', async () => {
    const missing = await send('TN1150201', { kind: 'testing', at: '2026-11-26T05:00:00.000Z' }, { idem: null });
    expect([missing.status, (missing.body.error as { code: string }).code]).toEqual([400, 'IDEMPOTENCY_KEY_MISSING']);
    for (const idem of ['short', 'x'.repeat(201)]) {
      const bad = await send('TN1150201', { kind: 'testing', at: '2026-11-26T05:00:00.000Z' }, { idem });
      expect([bad.status, (bad.body.error as { code: string }).code]).toEqual([400, 'IDEMPOTENCY_KEY_INVALID']);
    }
  });
});

describe('milestone API: the case rules, as on every desktop', () => {
  it('refuses a milestone earlier than the last one: 409 MILESTONE_BEFORE_PREVIOUS', async () => {
    const res = await send('TN1150201', { kind: 'testing', at: '2026-11-21T02:59:59.000Z' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'MILESTONE_BEFORE_PREVIOUS' } });
  });

  it('refuses anything after the case closed: 409 CASE_CLOSED', async () => {
    await hub.seedCase({ caseNumber: 'TN1150207', milestones: [{ kind: 'withdrawn', at: '2026-11-21T03:00:00.000Z' }] });
    const res = await send('TN1150207', { kind: 'testing', at: '2026-11-26T03:00:00.000Z' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'CASE_CLOSED' } });
  });

  it('answers an unknown case 404 UNKNOWN_CASE and a malformed number 400 INVALID_CASE_NUMBER', async () => {
    const unknown = await send('TN9999999', { kind: 'testing', at: '2026-11-26T03:00:00.000Z' });
    expect([unknown.status, (unknown.body.error as { code: string }).code]).toEqual([404, 'UNKNOWN_CASE']);
    for (const bad of ['AB', encodeURIComponent('TN 115'), 'T'.repeat(31), encodeURIComponent('<script>')]) {
      const res = await send(bad, { kind: 'testing', at: '2026-11-26T03:00:00.000Z' });
      expect([res.status, (res.body.error as { code: string }).code], bad).toEqual([400, 'INVALID_CASE_NUMBER']);
    }
  });
});

describe('milestone API: bad bodies', () => {
  it.each([
    ['an unknown field', { kind: 'testing', at: '2026-11-26T03:00:00.000Z', by: 'x' }, 'INVALID_BODY'],
    ['received (only the counter receives)', { kind: 'received', at: '2026-11-26T03:00:00.000Z' }, 'INVALID_BODY'],
    ['an unknown kind', { kind: 'lost', at: '2026-11-26T03:00:00.000Z' }, 'INVALID_BODY'],
    ['a time without offset', { kind: 'testing', at: '2026-11-26T03:00:00' }, 'INVALID_BODY'],
    ['a day that does not exist', { kind: 'testing', at: '2026-02-30T03:00:00Z' }, 'INVALID_BODY'],
    ['a note over 200 characters', { kind: 'testing', at: '2026-11-26T03:00:00.000Z', note: '字'.repeat(201) }, 'INVALID_BODY'],
    ['an array', [{ kind: 'testing' }], 'INVALID_BODY'],
    ['a time far ahead of the hub clock', { kind: 'testing', at: '2026-11-28T00:00:00.000Z' }, 'AT_IN_FUTURE'],
  ])('refuses %s with 400 %s', async (_what, body, code) => {
    const res = await send('TN1150201', body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ ok: false, error: { code } });
  });

  it('maps garbage JSON, other media types and oversized bodies to stable codes', async () => {
    const garbage = await send('TN1150201', '{"kind": "testing",');
    expect([garbage.status, (garbage.body.error as { code: string }).code]).toEqual([400, 'INVALID_JSON']);
    const text = await send('TN1150201', 'kind=testing', { headers: { 'content-type': 'text/plain' } });
    expect([text.status, (text.body.error as { code: string }).code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const huge = await send('TN1150201', { kind: 'testing', at: '2026-11-26T03:00:00.000Z', note: 'x'.repeat(20_000) });
    expect([huge.status, (huge.body.error as { code: string }).code]).toEqual([413, 'BODY_TOO_LARGE']);
  });

  it('never answers random input with a 5xx, and every refusal is coded', async () => {
    const bodies = fc.oneof(
      fc.jsonValue(),
      fc.string(),
      fc.record({ kind: fc.oneof(fc.constantFrom('testing', 'reviewing', 'received'), fc.jsonValue()), at: fc.oneof(fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString())), fc.jsonValue()), note: fc.jsonValue() }, { requiredKeys: [] }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant('TN1150201'), fc.string({ maxLength: 40 }).map(encodeURIComponent)),
        bodies,
        fc.boolean(),
        fc.option(fc.string({ maxLength: 60 }), { nil: null }),
        async (caseNumber, body, raw, idem) => {
          const payload = raw && typeof body === 'string' ? body : JSON.stringify(body);
          const res = await send(caseNumber || 'X', payload, { idem: idem === null ? null : idem.replace(/[^\x21-\x7e]/g, '') || 'empty' });
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) expect(errorShape.safeParse(res.body).success, JSON.stringify(res.body)).toBe(true);
        },
      ),
      { seed: 20261128, numRuns: 300 },
    );
  });
});
