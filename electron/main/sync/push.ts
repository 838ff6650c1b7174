import { MAX_PUSH_BYTES, MAX_PUSH_MUTATIONS } from '../../../shared/sync/wire';
import type { PushMutation, PushResponse } from '../../../shared/sync/wire';
import type { OutboxEntry } from '../db/queries/outbox';
import type { RunContext } from './run-context';
import { RunHalted } from './run-context';
import { isHubError } from './transport';

const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export const toPushMutation = (e: OutboxEntry): PushMutation => ({
  id: e.id,
  seq: e.seq,
  name: e.name,
  args: JSON.parse(e.args) as unknown,
  actorId: e.actor_id,
  deviceTime: e.device_time,
});

/**
 * The longest prefix of `entries` that fits one push: at most maxCount mutations, at most maxBytes
 * of JSON body, one schema version. Never empty when entries is not (a lone mutation larger than
 * the limit is returned alone, and the hub's BODY_TOO_LARGE says so).
 */
export const takeBatch = (
  entries: readonly OutboxEntry[],
  deviceId: string,
  maxCount = MAX_PUSH_MUTATIONS,
  maxBytes = MAX_PUSH_BYTES,
): { schemaVersion: number; mutations: PushMutation[]; bytes: number } => {
  const first = entries[0];
  if (!first) return { schemaVersion: 0, mutations: [], bytes: 0 };
  const schemaVersion = first.schema_version;
  let bytes = utf8Bytes(JSON.stringify({ deviceId, schemaVersion, mutations: [] }));
  const mutations: PushMutation[] = [];
  for (const e of entries) {
    if (mutations.length >= maxCount || e.schema_version !== schemaVersion) break;
    const m = toPushMutation(e);
    const size = utf8Bytes(JSON.stringify(m)) + (mutations.length > 0 ? 1 : 0);
    if (mutations.length > 0 && bytes + size > maxBytes) break;
    mutations.push(m);
    bytes += size;
  }
  return { schemaVersion, mutations, bytes };
};

/** Every result must answer the mutation sent with that seq; anything else is not the hub we know. */
const checkResults = (sent: readonly PushMutation[], res: PushResponse) => {
  const bySeq = new Map(sent.map((m) => [m.seq, m.id]));
  for (const r of res.results) {
    if (bySeq.get(r.seq) !== r.id) throw new RunHalted('PROTOCOL', `push result for seq ${r.seq} names another mutation`);
  }
};

/**
 * Push: the outbox beyond what the hub has answered for, in order, in bounded batches. Each
 * batch's results are recorded in one transaction with the hub's lastSeq: a rejection is stored
 * for the panel (never dropped), and the outbox rows stay until a pull shows their outcome.
 */
export const pushPending = async (rc: RunContext): Promise<{ pushed: number; rejected: number }> => {
  const { q, transport } = rc;
  let pushed = 0;
  let rejected = 0;
  let gapRetried = false;
  for (;;) {
    const from = rc.ifAlive(() => q.state.get().pushed_seq);
    const batch = takeBatch(q.outbox.after(from, MAX_PUSH_MUTATIONS), rc.deviceId);
    if (batch.mutations.length === 0) return { pushed, rejected };
    let res: PushResponse;
    try {
      res = await transport.push({ deviceId: rc.deviceId, schemaVersion: batch.schemaVersion, mutations: batch.mutations });
    } catch (err) {
      // The hub lost track of some of ours (a restored hub): send again from where it is, once.
      const expected = isHubError(err, 'SEQ_GAP') ? Number(err.details['expected']) : NaN;
      const lo = rc.ifAlive(() => q.outbox.bounds().lo);
      if (!gapRetried && Number.isInteger(expected) && lo !== null && expected >= lo && expected <= from) {
        gapRetried = true;
        rc.ifAlive(() => q.state.setPushedSeq(expected - 1));
        continue;
      }
      throw err;
    }
    checkResults(batch.mutations, res);
    const entries = new Map(batch.mutations.map((m) => [m.seq, m]));
    rc.ifAlive(() =>
      rc.db
        .transaction(() => {
          for (const r of res.results) {
            if (r.outcome !== 'rejected') continue;
            const m = entries.get(r.seq);
            if (!m) continue;
            rejected += 1;
            q.rejections.insert({
              mutation_id: m.id,
              seq: m.seq,
              name: m.name,
              args: JSON.stringify(m.args),
              actor_id: m.actorId,
              device_time: m.deviceTime,
              code: r.code ?? 'REJECTED',
              message: r.message ?? '',
              received_at: rc.now().toISOString(),
            });
          }
          q.state.setPushedSeq(res.lastSeq);
        })
        .immediate(),
    );
    pushed += res.results.length;
    if (res.lastSeq < (batch.mutations.at(-1)?.seq ?? 0)) {
      throw new RunHalted('PROTOCOL', `the hub answered lastSeq ${res.lastSeq} for a push up to ${batch.mutations.at(-1)?.seq}`);
    }
  }
};
