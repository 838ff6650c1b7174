import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/util/canonical-json';
import type { AuditLogQueries, AuditRow } from './queries/audit-log';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditInput = Omit<AuditRow, 'seq' | 'prev_hash' | 'hash'>;

/** The hash of one row: its content and the previous row's hash, as canonical JSON. */
export const auditRowHash = (row: Omit<AuditRow, 'hash'>): string =>
  createHash('sha256')
    .update(
      canonicalJson({
        seq: row.seq,
        at: row.at,
        actorId: row.actor_id,
        action: row.action,
        entity: row.entity,
        entityId: row.entity_id,
        summary: row.summary,
        mutationId: row.mutation_id,
        prevHash: row.prev_hash,
      }),
    )
    .digest('hex');

/** Appends a row chained to the last one. Call inside the transaction of the change it records. */
export const appendAudit = (q: AuditLogQueries, input: AuditInput): AuditRow => {
  const last = q.last();
  const partial = { ...input, seq: (last?.seq ?? 0) + 1, prev_hash: last?.hash ?? GENESIS_HASH };
  const row = { ...partial, hash: auditRowHash(partial) };
  q.insert(row);
  return row;
};

export interface ChainVerdict {
  ok: boolean;
  checked: number;
  /** The first row whose sequence, link or hash is wrong. */
  firstBadSeq: number | null;
}

/** Walks the whole chain in chunks; names the first row that does not verify. */
export const verifyAuditChain = (q: AuditLogQueries, chunk = 5000): ChainVerdict => {
  let prevHash = GENESIS_HASH;
  let prevSeq = 0;
  let checked = 0;
  for (;;) {
    const rows = q.chunkAfter(prevSeq, chunk);
    if (rows.length === 0) return { ok: true, checked, firstBadSeq: null };
    for (const r of rows) {
      const { hash, ...rest } = r;
      if (r.seq !== prevSeq + 1 || r.prev_hash !== prevHash || auditRowHash(rest) !== hash) {
        return { ok: false, checked, firstBadSeq: r.seq };
      }
      prevHash = hash;
      prevSeq = r.seq;
      checked++;
    }
  }
};
