/**
 * A short-lived memo of reference rows (units, branches) for the public page: a branch has a few
 * dozen of them, every case page names one of each, and they change only when an admin renames a
 * unit. Each entry is re-read after `ttlMs`, so a rename shows within that time; at most
 * `maxEntries` are kept (the oldest goes first). Never used for a case's own rows.
 */
export const createReferenceCache = <V>(ttlMs: number, maxEntries: number, clock: () => number = () => performance.now()) => {
  const entries = new Map<string, { value: V; at: number }>();
  return async (key: string, load: () => Promise<V>): Promise<V> => {
    const hit = entries.get(key);
    if (hit && clock() - hit.at < ttlMs) return hit.value;
    const value = await load();
    entries.delete(key);
    if (entries.size >= maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
    entries.set(key, { value, at: clock() });
    return value;
  };
};
