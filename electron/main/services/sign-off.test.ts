import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfFonts, pdfText } from '../pdf/testing/poppler';
import { addSignedInStaff, createTestApp, setUpAdmin } from '../testing/app-fixture';
import type { TestApp } from '../testing/app-fixture';

/** Sign-off (陳核) through the real dispatcher: life cycle, authority, immutability, verification. */
let app: TestApp;
let clock = Date.parse('2026-11-27T01:00:00Z');
const at = () => new Date(clock).toISOString();
const PASSWORD = 'staff-password-1';
let escortId: string;

beforeEach(async () => {
  clock = Date.parse('2026-11-27T01:00:00Z');
  app = createTestApp({ now: () => new Date(clock) });
  await setUpAdmin(app);
  // The test's clock jumps by whole stops; keep sessions from idling out meanwhile.
  await app.ok('admin', 'parameter:set', { key: 'session.idleLockMinutes', value: 240 });
  await addSignedInStaff(app, 'counter', ['counter'], 'unit-s6');
  escortId = await addSignedInStaff(app, 'escort', ['inspector'], 'unit-s1');
  await addSignedInStaff(app, 'chief', ['chief'], 'unit-s1');
  await addSignedInStaff(app, 'otherchief', ['chief'], 'unit-s2');
});
afterEach(() => app.close());

/** A finished escorted visit with two stops; returns its draft record id. */
const finishedVisit = async (): Promise<string> => {
  const { visitId } = await app.ok<{ visitId: string }>('counter', 'escort:intake', {
    visitor: { name: '王小明', phone: '0912345678' },
    company: { name: '範例電器股份有限公司', ubn: '04595257' },
    itemIds: ['item-e01', 'item-m01'],
    escortRequested: false,
  });
  await app.ok('counter', 'escort:assign', { visitId, staffId: escortId });
  for (const [unitId, itemId] of [['unit-s1', 'item-e01'], ['unit-s2', 'item-m01']] as const) {
    clock += 60_000;
    const startedAt = at();
    clock += 10 * 60_000;
    await app.ok('escort', 'escort:recordStop', { visitId, unitId, itemId, startedAt, endedAt: at(), outcome: 'done', note: '已辦結' });
  }
  const { recordId } = await app.ok<{ recordId: string }>('escort', 'escort:finish', { visitId, satisfaction: 5, remarks: '服務很好' });
  return recordId;
};

const changesOf = () => (app.ctx.db!.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

describe('sign-off', () => {
  it('draft → submitted → signed, and the signature verifies', async () => {
    const id = await finishedVisit();
    const queue0 = await app.ok<{ toSign: unknown[] }>('chief', 'record:queue');
    expect(queue0.toSign).toHaveLength(0);
    await app.ok('escort', 'record:submit', { recordId: id });
    const queue = await app.ok<{ toSign: { id: string }[] }>('chief', 'record:queue');
    expect(queue.toSign.map((r) => r.id)).toEqual([id]);
    // A chief of another unit sees nothing and may not sign.
    expect((await app.ok<{ toSign: unknown[] }>('otherchief', 'record:queue')).toSign).toHaveLength(0);
    const other = await app.call('otherchief', 'record:sign', { recordId: id, password: PASSWORD });
    expect(other.error).toMatchObject({ code: 'rejected', reason: 'NOT_SIGNER' });
    const wrong = await app.call('chief', 'record:sign', { recordId: id, password: 'not-my-password' });
    expect(wrong.error?.code).toBe('bad_credentials');
    await app.ok('chief', 'record:sign', { recordId: id, password: PASSWORD });
    const v = await app.ok<{ valid: boolean; signerName: string }>('escort', 'record:verify', { recordId: id });
    expect(v).toMatchObject({ valid: true, signerName: '測試chief' });
  });

  it('prints the sheet: a draft says it is not signed, the signed one names the signer', async () => {
    const id = await finishedVisit();
    const draft = await app.ok<{ path: string; bytes: number }>('escort', 'record:pdf', { recordId: id });
    const draftText = pdfText(fs.readFileSync(draft.path));
    expect(draftText).toContain('專人全程服務紀錄表');
    expect(draftText).toContain('草稿');
    expect(draftText).not.toContain('測試chief');
    await app.ok('escort', 'record:submit', { recordId: id });
    await app.ok('chief', 'record:sign', { recordId: id, password: PASSWORD });
    const signed = await app.ok<{ path: string; bytes: number }>('escort', 'record:pdf', { recordId: id });
    const pdf = fs.readFileSync(signed.path);
    const text = pdfText(pdf);
    for (const expected of ['王小明', '範例電器股份有限公司', '04595257', '第一課', '第二課', '民國115年11月27日', '測試chief', '測試escort']) {
      expect(text, expected).toContain(expected);
    }
    expect(signed.bytes).toBeLessThan(150 * 1024);
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded && f.subset)).toBe(true);
  });

  it('returned with a reason, edited, resubmitted, signed', async () => {
    const id = await finishedVisit();
    await app.ok('escort', 'record:submit', { recordId: id });
    await app.ok('chief', 'record:return', { recordId: id, reason: '請補充來洽人意見' });
    const d = await app.ok<{ record: { status: string; returnReason: string; content: Record<string, unknown> } }>('escort', 'record:get', { recordId: id });
    expect(d.record).toMatchObject({ status: 'returned', returnReason: '請補充來洽人意見' });
    await app.ok('escort', 'record:update', { recordId: id, content: { ...d.record.content, visitorOpinion: '專人帶領，省時省力' } });
    await app.ok('escort', 'record:submit', { recordId: id });
    await app.ok('chief', 'record:sign', { recordId: id, password: PASSWORD });
    const signed = await app.ok<{ record: { content: { visitorOpinion: string }; status: string } }>('chief', 'record:get', { recordId: id });
    expect(signed.record).toMatchObject({ status: 'signed', content: { visitorOpinion: '專人帶領，省時省力' } });
  });

  it('a signed record never changes: every mutation refuses, the database refuses, nothing is written', async () => {
    const id = await finishedVisit();
    await app.ok('escort', 'record:submit', { recordId: id });
    await app.ok('chief', 'record:sign', { recordId: id, password: PASSWORD });
    const before = changesOf();
    const { record } = await app.ok<{ record: { content: Record<string, unknown> } }>('escort', 'record:get', { recordId: id });
    for (const [sender, channel, input] of [
      ['escort', 'record:update', { recordId: id, content: { ...record.content, visitorOpinion: 'x' } }],
      ['escort', 'record:submit', { recordId: id }],
      ['chief', 'record:return', { recordId: id, reason: '改一下' }],
      ['chief', 'record:sign', { recordId: id, password: PASSWORD }],
    ] as const) {
      const r = await app.call(sender, channel, input);
      expect(r.error, channel).toMatchObject({ reason: 'RECORD_SIGNED' });
    }
    expect(changesOf()).toBe(before);
    const db = app.ctx.db!;
    for (const column of ['content', 'status', 'signed_by', 'signed_at', 'signature', 'unit_id', 'created_by', 'subject_id', 'correction_of', 'kind']) {
      // Every column, one at a time: the trigger refuses any UPDATE of a signed row.
      expect(() => db.prepare(`UPDATE record_sheets SET ${column} = ${column} WHERE id = ?`).run(id), column).toThrow(/RECORD_SIGNED/);
    }
    expect(() => db.prepare('DELETE FROM record_sheets WHERE id = ?').run(id)).toThrow(/RECORD_SIGNED/);
  });

  it('detects tampering with a stored signed record', async () => {
    const id = await finishedVisit();
    await app.ok('escort', 'record:submit', { recordId: id });
    await app.ok('chief', 'record:sign', { recordId: id, password: PASSWORD });
    const db = app.ctx.db!;
    // Someone with the file and a SQLite shell drops the trigger and edits the content…
    db.exec('DROP TRIGGER record_sheets_signed_no_update');
    const row = db.prepare('SELECT content FROM record_sheets WHERE id = ?').get(id) as { content: string };
    const content = JSON.parse(row.content) as { visitorName: string };
    // …even a key reorder that keeps the meaning still verifies (canonical JSON)…
    db.prepare('UPDATE record_sheets SET content = ? WHERE id = ?').run(JSON.stringify(Object.fromEntries(Object.entries(content).reverse())), id);
    expect(await app.ok('escort', 'record:verify', { recordId: id })).toMatchObject({ valid: true });
    // …but a changed value does not.
    db.prepare('UPDATE record_sheets SET content = ? WHERE id = ?').run(JSON.stringify({ ...content, visitorName: '王大明' }), id);
    expect(await app.ok('escort', 'record:verify', { recordId: id })).toMatchObject({ valid: false, problem: 'BAD_SIGNATURE' });
  });

  it('a correction is a new draft linked to the signed record', async () => {
    const id = await finishedVisit();
    await app.ok('escort', 'record:submit', { recordId: id });
    await app.ok('chief', 'record:sign', { recordId: id, password: PASSWORD });
    const { recordId: fix } = await app.ok<{ recordId: string }>('escort', 'record:correct', { recordId: id });
    const d = await app.ok<{ record: { status: string; correctionOf: string } }>('escort', 'record:get', { recordId: fix });
    expect(d.record).toMatchObject({ status: 'draft', correctionOf: id });
    expect(await app.ok('escort', 'record:verify', { recordId: id })).toMatchObject({ valid: true });
  });

  it('an admin-configured deputy signs as deputy of the chief, only within the span', async () => {
    const deputyId = await addSignedInStaff(app, 'deputy', ['inspector'], 'unit-s1');
    const staff = await app.ok<{ id: string; roles: string[]; unitId: string }[]>('admin', 'staff:list');
    const chiefId = staff.find((s) => s.roles.includes('chief') && s.unitId === 'unit-s1')!.id;
    const id = await finishedVisit();
    await app.ok('escort', 'record:submit', { recordId: id });
    expect((await app.call('deputy', 'record:sign', { recordId: id, password: PASSWORD })).error).toMatchObject({ reason: 'NOT_SIGNER' });
    await app.ok('admin', 'deputy:save', { unitId: 'unit-s1', deputyId, chiefId, fromDay: '2026-11-28', toDay: '2026-11-30' });
    expect((await app.call('deputy', 'record:sign', { recordId: id, password: PASSWORD })).error).toMatchObject({ reason: 'NOT_SIGNER' });
    await app.ok('admin', 'deputy:save', { unitId: 'unit-s1', deputyId, chiefId, fromDay: '2026-11-26', toDay: '2026-11-27' });
    expect((await app.ok<{ toSign: unknown[] }>('deputy', 'record:queue')).toSign).toHaveLength(1);
    await app.ok('deputy', 'record:sign', { recordId: id, password: PASSWORD });
    const d = await app.ok<{ record: { signedBy: string; signedAsDeputyOf: string }; deputyOfName: string }>('chief', 'record:get', { recordId: id });
    expect(d.record).toMatchObject({ signedBy: deputyId, signedAsDeputyOf: chiefId });
    expect(d.deputyOfName).toBe('測試chief');
    expect(await app.ok('chief', 'record:verify', { recordId: id })).toMatchObject({ valid: true });
  });

  it('the queue lists the oldest submission first', async () => {
    const first = await finishedVisit();
    const second = await finishedVisit();
    await app.ok('escort', 'record:submit', { recordId: second });
    clock += 60_000;
    await app.ok('escort', 'record:submit', { recordId: first });
    const q = await app.ok<{ toSign: { id: string }[] }>('chief', 'record:queue');
    expect(q.toSign.map((r) => r.id)).toEqual([second, first]);
  });

  it('the signing key survives a password change and stays the same key', async () => {
    const a = await finishedVisit();
    await app.ok('escort', 'record:submit', { recordId: a });
    await app.ok('chief', 'record:sign', { recordId: a, password: PASSWORD });
    await app.ok('chief', 'auth:changePassword', { currentPassword: PASSWORD, newPassword: 'a-brand-new-pass' });
    const b = await finishedVisit();
    await app.ok('escort', 'record:submit', { recordId: b });
    await app.ok('chief', 'record:sign', { recordId: b, password: 'a-brand-new-pass' });
    const ka = await app.ok<{ keyId: string }>('chief', 'record:verify', { recordId: a });
    const kb = await app.ok<{ keyId: string; valid: boolean }>('chief', 'record:verify', { recordId: b });
    expect(kb.valid).toBe(true);
    expect(kb.keyId).toBe(ka.keyId);
  });
});
