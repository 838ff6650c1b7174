/**
 * A short-lived memo of reference rows (units, branches) for the public page: a branch has a few
 * dozen of them, every case page names one of each, and they change only when an admin renames a
 * unit. Each entry is re-read after `ttlMs`, so a rename shows within that time; at most
 * `maxEntries` are kept (the oldest goes first). Never used for a case's own rows. A load that
 * throws (a read the row cache must fetch first) stores nothing.
 */
export const createReferenceCache = (ttlMs: number, maxEntries: number, clock: () => number = () => performance.now()) => {
  const entries = new Map<string, { value: unknown; at: number }>();
  // A key always names the same kind of row, so what it holds is what its load returns.
  return <V>(key: string, load: () => V): V => {
    const hit = entries.get(key);
    if (hit && clock() - hit.at < ttlMs) return hit.value as V;
    const value = load();
    entries.delete(key);
    if (entries.size >= maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
    entries.set(key, { value, at: clock() });
    return value;
  };
};
