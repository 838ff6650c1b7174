import type { AuditEntry } from '../../../shared/ipc/contract';
import { verifyAuditChain } from '../db/audit-chain';
import type { Executor } from '../db/executor';

/** Reading and verifying the append-only audit log. */
export const createAuditService = ({ executor }: { executor: Executor }) => ({
  list(beforeSeq: number | undefined, limit: number): AuditEntry[] {
    return executor.audit.page(beforeSeq ?? Number.MAX_SAFE_INTEGER, limit).map((r) => ({
      seq: r.seq,
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      summary: r.summary,
    }));
  },
  verify: () => verifyAuditChain(executor.audit),
});
export type AuditService = ReturnType<typeof createAuditService>;
