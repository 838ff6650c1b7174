import type { Database } from 'better-sqlite3';
import type { KeyObject } from 'node:crypto';
import type { Staff } from '../../../shared/domain/reference';
import { signedPayload } from '../../../shared/domain/record-sheet';
import type { RecordSheet } from '../../../shared/domain/record-sheet';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { RecordSummary } from '../../../shared/ipc/contract-records';
import { AppFailure } from '../../../shared/ipc/errors';
import { MutationRejected } from '../../../shared/mutations/define';
import { signAuthority } from '../../../shared/mutations/record-sheet';
import { canonicalJson } from '../../../shared/util/canonical-json';
import type { Executor } from '../db/executor';
import { sqliteMutationTx } from '../db/mutation-tx';
import { recordQueueQueries } from '../db/queries/record-queue';
import { toRecordSheet } from '../db/queries/record-sheets';
import { signingSecretQueries } from '../db/queries/signing-secrets';
import { actorOf } from './actor';
import { failOnMutation } from './mutation-errors';
import type { ScryptCost } from './passwords';
import { verifyPassword } from './passwords';
import type { Sealed } from './signing-keys';
import { newKeyPair, sealPrivateKey, signMessage, unsealPrivateKey, verifyMessage } from './signing-keys';

export interface RecordDeps {
  db: Database;
  executor: Executor;
  now: () => Date;
  newId: () => string;
  scryptCost: ScryptCost;
}

const TITLES: Record<RecordSheet['kind'], string> = { escort: '專人全程服務紀錄表', visit: '主動到府關心行動服務紀錄表' };

/** Record sheets and sign-off (陳核): queues, edits, signatures and their verification. */
export const createRecordService = (deps: RecordDeps) => {
  const { executor } = deps;
  const { stores } = executor;
  const tx = sqliteMutationTx(stores);
  const queues = recordQueueQueries(deps.db);
  const secrets = signingSecretQueries(deps.db);
  const nameOf = (id: string | null) => (id ? (stores.staff.get(id)?.name ?? id) : null);

  const requireRecord = (id: string): RecordSheet => {
    const r = stores.record_sheets.get(id);
    if (!r) throw new AppFailure('not_found', 'record not found');
    return r;
  };

  const summary = (r: RecordSheet): RecordSummary => {
    const content = r.content as { visitorName?: unknown; dayKey?: unknown; companyName?: unknown; serviceDay?: unknown };
    // Escort sheets name the visitor and their day; visit sheets (附件1) the company and the service day.
    const who = typeof content.visitorName === 'string' ? content.visitorName : content.companyName;
    const day = typeof content.dayKey === 'string' ? content.dayKey : content.serviceDay;
    return {
      id: r.id,
      kind: r.kind,
      status: r.status,
      unitId: r.unitId,
      title: `${TITLES[r.kind]}${typeof who === 'string' && who !== '' ? `（${who}）` : ''}`,
      authorName: nameOf(r.createdBy) ?? '',
      submittedAt: r.submittedAt,
      updatedAt: r.updatedAt,
      returnReason: r.returnReason,
      subjectDay: typeof day === 'string' ? day : null,
      signedAt: r.signedAt,
    };
  };

  /** Units whose submitted sheets this person may sign today: as chief, or as a configured deputy. */
  const signableUnits = (me: Staff): string[] => {
    const units = new Set<string>();
    if (me.roles.includes('chief')) units.add(me.unitId);
    const day = new Date(deps.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    for (const d of stores.sign_deputies.findBy('deputyId', me.id)) if (d.fromDay <= day && day <= d.toDay) units.add(d.unitId);
    return [...units];
  };

  const mayRule = (me: Staff, r: RecordSheet): boolean => {
    try {
      signAuthority(tx, r, { actor: actorOf(me), now: deps.now().toISOString(), mutationId: '-' });
      return true;
    } catch (err) {
      if (err instanceof MutationRejected) return false;
      throw err;
    }
  };

  /** This person's private key on this device, created and registered on first use. */
  const signingKeyFor = async (me: Staff, password: string): Promise<{ keyId: string; privateKey: KeyObject }> => {
    for (const s of secrets.forStaff(me.id)) {
      if (!stores.signing_keys.get(s.key_id)) continue;
      const key = await unsealPrivateKey(JSON.parse(s.sealed) as Sealed, password);
      if (key) return { keyId: s.key_id, privateKey: key };
    }
    // No key this password opens (first signature, or the password was reset): make a new one.
    // Older keys stay registered, so earlier signatures still verify.
    const { publicKeyB64, privateKey } = newKeyPair();
    const keyId = deps.newId();
    failOnMutation(
      executor.apply(
        'signingKey.register',
        { key: { id: keyId, staffId: me.id, publicKey: publicKeyB64, createdAt: deps.now().toISOString() } },
        actorOf(me),
      ),
    );
    secrets.put(keyId, me.id, JSON.stringify(await sealPrivateKey(privateKey, password, deps.scryptCost)));
    return { keyId, privateKey };
  };

  return {
    queue(me: Staff): ChannelOutput<'record:queue'> {
      return {
        toSign: queues.submittedFor(signableUnits(me)).map(toRecordSheet).map(summary),
        mine: queues.openByAuthor(me.id).map(toRecordSheet).map(summary),
        signed: queues.recentSigned(signableUnits(me), me.id).map(toRecordSheet).map(summary),
      };
    },

    get(me: Staff, id: string): ChannelOutput<'record:get'> {
      const r = requireRecord(id);
      const author = r.createdBy === me.id || me.roles.includes('admin');
      return {
        record: r,
        authorName: nameOf(r.createdBy) ?? '',
        signerName: nameOf(r.signedBy),
        deputyOfName: nameOf(r.signedAsDeputyOf),
        can: {
          edit: author && (r.status === 'draft' || r.status === 'returned'),
          submit: author && (r.status === 'draft' || r.status === 'returned'),
          sign: r.status === 'submitted' && mayRule(me, r),
          correct: r.status === 'signed' && (author || mayRule(me, r)),
        },
      };
    },

    update(me: Staff, recordId: string, content: ChannelInput<'record:update'>['content']) {
      failOnMutation(executor.apply('record.update', { recordId, content }, actorOf(me)));
      return { recordId };
    },
    submit(me: Staff, recordId: string) {
      failOnMutation(executor.apply('record.submit', { recordId }, actorOf(me)));
      return { recordId };
    },
    returnForEdit(me: Staff, recordId: string, reason: string) {
      failOnMutation(executor.apply('record.return', { recordId, reason }, actorOf(me)));
      return { recordId };
    },
    correct(me: Staff, recordId: string) {
      const newRecordId = deps.newId();
      failOnMutation(executor.apply('record.correct', { recordId, newRecordId }, actorOf(me)));
      return { recordId: newRecordId };
    },

    /** Signs with the person's own key, unlocked by their password for this signature only. */
    async sign(me: Staff, recordId: string, password: string) {
      const r = requireRecord(recordId);
      if (r.status === 'signed') throw new AppFailure('rejected', 'already signed', { reason: 'RECORD_SIGNED' });
      if (r.status !== 'submitted') throw new AppFailure('rejected', 'not submitted', { reason: 'RECORD_NOT_SUBMITTED' });
      const ctx = { actor: actorOf(me), now: deps.now().toISOString(), mutationId: '-' };
      let deputyOf: string | null;
      try {
        deputyOf = signAuthority(tx, r, ctx).deputyOf;
      } catch (err) {
        if (err instanceof MutationRejected) throw new AppFailure('rejected', err.message, { reason: err.code });
        throw err;
      }
      const cred = stores.credentials.get(me.id);
      if (!cred || !(await verifyPassword(password, cred.verifier))) throw new AppFailure('bad_credentials', 'wrong password');
      const { keyId, privateKey } = await signingKeyFor(me, password);
      const signedAt = deps.now().toISOString();
      const signed: RecordSheet = { ...r, status: 'signed', signedBy: me.id, signedAt, signedAsDeputyOf: deputyOf, signerKeyId: keyId };
      const signature = signMessage(privateKey, canonicalJson(signedPayload(signed)));
      failOnMutation(executor.apply('record.sign', { recordId, signedAt, signerKeyId: keyId, signature }, actorOf(me)));
      return { recordId };
    },

    /** Re-checks a record's signature against the stored record and the signer's registered key. */
    verify(recordId: string): ChannelOutput<'record:verify'> {
      const r = requireRecord(recordId);
      const base = { signerName: nameOf(r.signedBy), signedAt: r.signedAt, keyId: r.signerKeyId };
      if (r.status !== 'signed' || !r.signature || !r.signerKeyId) return { valid: false, problem: 'NOT_SIGNED', ...base };
      const key = stores.signing_keys.get(r.signerKeyId);
      if (!key || key.staffId !== r.signedBy) return { valid: false, problem: 'KEY_UNKNOWN', ...base };
      const ok = verifyMessage(key.publicKey, canonicalJson(signedPayload(r)), r.signature);
      return { valid: ok, problem: ok ? null : 'BAD_SIGNATURE', ...base };
    },

    /** After a password change the sealed keys are re-sealed under the new password. */
    async resealKeys(staffId: string, oldPassword: string, newPassword: string): Promise<void> {
      for (const s of secrets.forStaff(staffId)) {
        const key = await unsealPrivateKey(JSON.parse(s.sealed) as Sealed, oldPassword);
        if (key) secrets.put(s.key_id, staffId, JSON.stringify(await sealPrivateKey(key, newPassword, deps.scryptCost)));
      }
    },
  };
};
export type RecordService = ReturnType<typeof createRecordService>;
