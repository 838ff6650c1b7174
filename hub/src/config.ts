import { resolve } from 'node:path';

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

const parseDatabaseUrl = (url: string): string => {
  if (!/^postgres(ql)?:\/\//.test(url)) throw new HubConfigError('HUB_DATABASE_URL: expected postgres://user@host:port/database');
  return url;
};

const parseRetention = (text: string | undefined): number => {
  const days = Number(text ?? '180');
  if (!Number.isFinite(days) || days < 1) throw new HubConfigError(`HUB_TOMBSTONE_DAYS: a number of days ≥ 1, got ${text}`);
  return days;
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
  };
};
