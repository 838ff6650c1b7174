import { resolve } from 'node:path';
import { hashIntegrationKey } from './integration/keys';
import type { IntegrationKey } from './integration/keys';
import { DEFAULT_PUBLIC_RATE_LIMIT } from './public/rate-limiter';
import type { PublicRateLimit } from './public/rate-limiter';

export interface DeviceToken {
  deviceId: string;
  token: string;
}

export interface HubConfig {
  host: string;
  port: number;
  dataDir: string;
  /** The branch this hub serves; devices from the static token list belong to it. */
  branchId: string;
  deviceTokens: DeviceToken[];
  logLevel: string;
  /** `HUB_DATABASE_URL=postgres://…` runs on PostgreSQL; without it, the embedded SQLite file in dataDir. */
  databaseUrl?: string;
  /** Deletions are kept this long for desktops that were offline; an older cursor must resync. */
  tombstoneRetentionDays: number;
  /** `HUB_INTEGRATION_KEYS`: systems that may post case milestones; their keys are kept only as SHA-256. */
  integrationKeys?: IntegrationKey[];
  /** `HUB_PUBLIC_RATE_*`: the public case page's limit per client address. */
  publicRateLimit?: PublicRateLimit;
  /** Case pages' views kept for repeat visits (validated against the branch's version on every use); 0 turns it off. */
  publicViewCache?: number;
  /** `HUB_TRUST_PROXY`: behind a reverse proxy, whose X-Forwarded-For to believe (Fastify's trustProxy). */
  trustProxy?: boolean | string;
}

export class HubConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HubConfigError';
  }
}

const DEVICE_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Tokens are bearer secrets: long enough that guessing is hopeless, and header-safe characters. */
const TOKEN = /^[A-Za-z0-9._~+/=-]{24,512}$/;

/** `HUB_DEVICE_TOKENS="laptop-1:secret,counter-2:secret"`: the static device list until enrollment exists. */
export const parseDeviceTokens = (text: string): DeviceToken[] => {
  const out: DeviceToken[] = [];
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const at = part.indexOf(':');
    const deviceId = part.slice(0, at);
    const token = part.slice(at + 1);
    if (at < 1 || !DEVICE_ID.test(deviceId)) throw new HubConfigError(`HUB_DEVICE_TOKENS: bad device id in "${deviceId}"`);
    if (!TOKEN.test(token)) throw new HubConfigError(`HUB_DEVICE_TOKENS: token of ${deviceId} must be 24+ URL-safe characters`);
    if (out.some((d) => d.deviceId === deviceId)) throw new HubConfigError(`HUB_DEVICE_TOKENS: ${deviceId} twice`);
    out.push({ deviceId, token });
  }
  return out;
};

/** Lower-case and short: it becomes the username `ext-<name>` of the staff row its milestones are recorded by. */
const INTEGRATION_NAME = /^[a-z0-9_-]{1,28}$/;
const KEY_HASH = /^sha256:([0-9a-f]{64})$/;

/**
 * `HUB_INTEGRATION_KEYS="bureau-central:<32+ random chars>,other:sha256:<64 hex>"`: each system's
 * key, or the SHA-256 of it so that the key itself need not sit in the environment.
 */
export const parseIntegrationKeys = (text: string): IntegrationKey[] => {
  const out: IntegrationKey[] = [];
  for (const entry of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const colon = entry.indexOf(':');
    const name = entry.slice(0, colon);
    const secret = entry.slice(colon + 1);
    if (colon < 1 || !INTEGRATION_NAME.test(name)) throw new HubConfigError(`HUB_INTEGRATION_KEYS: bad integration name in "${name}"`);
    const hashed = KEY_HASH.exec(secret)?.[1];
    if (hashed === undefined && !(TOKEN.test(secret) && secret.length >= 32)) {
      throw new HubConfigError(`HUB_INTEGRATION_KEYS: the key of ${name} must be 32+ URL-safe characters or sha256:<64 hex>`);
    }
    const keyHash = hashed ?? hashIntegrationKey(secret);
    if (out.some((k) => k.name === name || k.keyHash === keyHash)) throw new HubConfigError(`HUB_INTEGRATION_KEYS: ${name} twice or a key shared`);
    out.push({ name, keyHash });
  }
  return out;
};

const positiveNumber = (variable: string, text: string | undefined, fallback: number, whole: boolean): number => {
  if (text === undefined || text.trim() === '') return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0 || (whole && !Number.isInteger(n))) {
    throw new HubConfigError(`${variable}: a positive ${whole ? 'whole ' : ''}number, got ${text}`);
  }
  return n;
};

/** `HUB_PUBLIC_RATE_BURST`, `HUB_PUBLIC_RATE_PER_SECOND`, `HUB_PUBLIC_RATE_CLIENTS` (see rate-limiter.ts). */
export const parsePublicRateLimit = (env: NodeJS.ProcessEnv): PublicRateLimit => ({
  burst: positiveNumber('HUB_PUBLIC_RATE_BURST', env.HUB_PUBLIC_RATE_BURST, DEFAULT_PUBLIC_RATE_LIMIT.burst, true),
  perSecond: positiveNumber('HUB_PUBLIC_RATE_PER_SECOND', env.HUB_PUBLIC_RATE_PER_SECOND, DEFAULT_PUBLIC_RATE_LIMIT.perSecond, false),
  maxClients: positiveNumber('HUB_PUBLIC_RATE_CLIENTS', env.HUB_PUBLIC_RATE_CLIENTS, DEFAULT_PUBLIC_RATE_LIMIT.maxClients, true),
});

/** `HUB_TRUST_PROXY`: unset or `false`; `true` (any proxy); or the proxies' addresses/CIDRs, comma-separated. */
export const parseTrustProxy = (text: string | undefined): boolean | string => {
  const t = (text ?? '').trim();
  if (t === '' || t === 'false') return false;
  if (t === 'true') return true;
  if (/^[0-9A-Fa-f.:/, ]+$/.test(t)) return t;
  throw new HubConfigError(`HUB_TRUST_PROXY: true, false or proxy addresses, got ${t}`);
};

const parseDatabaseUrl = (url: string): string => {
  if (!/^postgres(ql)?:\/\//.test(url)) throw new HubConfigError('HUB_DATABASE_URL: expected postgres://user@host:port/database');
  return url;
};

const parseRetention = (text: string | undefined): number => {
  const days = Number(text ?? '180');
  if (!Number.isFinite(days) || days < 1) throw new HubConfigError(`HUB_TOMBSTONE_DAYS: a number of days ≥ 1, got ${text}`);
  return days;
};

const parseViewCache = (text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 1_000_000) throw new HubConfigError(`HUB_PUBLIC_VIEW_CACHE: a count from 0 to 1000000, got ${text}`);
  return n;
};

export const configFromEnv = (env: NodeJS.ProcessEnv): HubConfig => {
  const port = Number(env.HUB_PORT ?? '8787');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new HubConfigError(`HUB_PORT: not a port: ${env.HUB_PORT}`);
  return {
    host: env.HUB_HOST ?? '127.0.0.1',
    port,
    dataDir: resolve(env.HUB_DATA_DIR ?? './.hub-data'),
    branchId: env.HUB_BRANCH_ID ?? 'branch-main',
    deviceTokens: parseDeviceTokens(env.HUB_DEVICE_TOKENS ?? ''),
    logLevel: env.HUB_LOG_LEVEL ?? 'info',
    ...(env.HUB_DATABASE_URL ? { databaseUrl: parseDatabaseUrl(env.HUB_DATABASE_URL) } : {}),
    tombstoneRetentionDays: parseRetention(env.HUB_TOMBSTONE_DAYS),
    integrationKeys: parseIntegrationKeys(env.HUB_INTEGRATION_KEYS ?? ''),
    publicRateLimit: parsePublicRateLimit(env),
    ...(env.HUB_PUBLIC_VIEW_CACHE === undefined ? {} : { publicViewCache: parseViewCache(env.HUB_PUBLIC_VIEW_CACHE) }),
    trustProxy: parseTrustProxy(env.HUB_TRUST_PROXY),
  };
};
