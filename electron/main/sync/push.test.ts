import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../db/queries/outbox';
import { takeBatch } from './push';

const entry = (seq: number, argsBytes = 10, schema = 1): OutboxEntry => ({
  id: `0190a000-0000-7000-8000-${String(seq).padStart(12, '0')}`,
  seq,
  name: 'parameter.set',
  args: JSON.stringify({ pad: 'x'.repeat(argsBytes) }),
  actor_id: 'admin-1',
  device_time: '2026-11-27T01:00:00.000Z',
  schema_version: schema,
});

describe('push batches', () => {
  it('never exceed the count or the byte bound, keep order, and are never empty', () => {
    const entries = Array.from({ length: 50 }, (_, i) => entry(i + 1, 100));
    const byCount = takeBatch(entries, 'dev-a', 7, 1_000_000);
    expect(byCount.mutations.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const byBytes = takeBatch(entries, 'dev-a', 500, 1_000);
    expect(byBytes.mutations.length).toBeGreaterThan(1);
    // The measured size is the real body size, and within the bound.
    const body = JSON.stringify({ deviceId: 'dev-a', schemaVersion: 1, mutations: byBytes.mutations });
    expect(byBytes.bytes).toBe(Buffer.byteLength(body));
    expect(byBytes.bytes).toBeLessThanOrEqual(1_000);
    const withNext = JSON.stringify({ deviceId: 'dev-a', schemaVersion: 1, mutations: entries.slice(0, byBytes.mutations.length + 1).map((e) => ({ id: e.id, seq: e.seq, name: e.name, args: JSON.parse(e.args), actorId: e.actor_id, deviceTime: e.device_time })) });
    expect(Buffer.byteLength(withNext)).toBeGreaterThan(1_000);
    // One mutation bigger than the bound still goes alone (the hub's BODY_TOO_LARGE then says so).
    expect(takeBatch([entry(1, 5_000), entry(2)], 'dev-a', 500, 1_000).mutations.map((m) => m.seq)).toEqual([1]);
    expect(takeBatch([], 'dev-a').mutations).toEqual([]);
  });

  it('never mix schema versions in one push', () => {
    const b = takeBatch([entry(1, 1, 1), entry(2, 1, 1), entry(3, 1, 2)], 'dev-a');
    expect(b).toMatchObject({ schemaVersion: 1 });
    expect(b.mutations.map((m) => m.seq)).toEqual([1, 2]);
  });
});
