import { createHash, timingSafeEqual } from 'node:crypto';

/** One system allowed to post case milestones: its name (recorded with what it posts) and the SHA-256 of its key. */
export interface IntegrationKey {
  name: string;
  /** Hex SHA-256 of the bearer key; the key itself is never kept. */
  keyHash: string;
}

export const hashIntegrationKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]{1,512})$/;

/**
 * Which integration an Authorization header belongs to, or undefined. Keys are long random
 * secrets, so a fast hash suffices; the comparison runs over every configured key in constant
 * time, so neither timing nor the order of the list says how close a guess was.
 */
export const integrationAuthenticator = (keys: readonly IntegrationKey[]) => {
  const known = keys.map((k) => ({ name: k.name, hash: Buffer.from(k.keyHash, 'hex') }));
  return (authorization: string | undefined): string | undefined => {
    const key = BEARER.exec(authorization ?? '')?.[1];
    if (key === undefined) return undefined;
    const hash = Buffer.from(hashIntegrationKey(key), 'hex');
    let found: string | undefined;
    for (const k of known) if (k.hash.length === hash.length && timingSafeEqual(k.hash, hash) && found === undefined) found = k.name;
    return found;
  };
};
