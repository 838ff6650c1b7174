import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HubConfig } from '../../../hub/src/config';
import { hashIntegrationKey } from '../../../hub/src/integration/keys';
import type { PublicRateLimit } from '../../../hub/src/public/rate-limiter';
import { startHub } from '../../../hub/src/hub';
import type { RunningHub } from '../../../hub/src/hub';
import { base32 } from '../../../shared/domain/inspection-case';
import type { MilestoneKind } from '../../../shared/domain/inspection-case';
import type { PushResponse } from '../../../shared/sync/wire';
import { HUB_NOW, outbox, post, pushBody, SEED, VERIFIER } from './harness';

/**
 * A hub for the public page and milestone API tests (also the e2e spec and the bench): its own
 * temp folder, one static device to seed cases through a real push, integration keys and a rate
 * limit of the test's choosing.
 */
export interface PublicHub {
  url: string;
  hub: RunningHub;
  /** Integration name → its bearer key. */
  keys: Record<string, string>;
  /** The bearer token of the seeding device ('seeder'), to pull what the hub has. */
  deviceToken: string;
  /** Pushes mutations from the seeding device; throws unless every one applied. */
  push: (mutations: { name: string; args: unknown }[]) => Promise<void>;
  seedCase: (c: SeedCase) => Promise<SeededCase>;
  stop: () => Promise<void>;
}

export interface SeedCase {
  caseNumber: string;
  productName?: string;
  productModel?: string;
  contactName?: string;
  contactPhone?: string;
  companyName?: string;
  ubn?: string | null;
  receivedAt?: string;
  /** Milestones after 受理, in order. */
  milestones?: { kind: Exclude<MilestoneKind, 'received'>; at: string; note?: string }[];
}

export interface SeededCase {
  caseId: string;
  token: string;
}

export interface PublicHubOptions {
  rateLimit?: PublicRateLimit;
  /** Case views kept for repeat visits (default: the hub's); 0 reads every page from storage. */
  viewCache?: number;
  now?: () => Date;
  integrations?: string[];
  /**
   * false: no static seeding device and no reference data pushed, so the hub prints a bootstrap
   * code (hub.bootstrapCode) for a real desktop to enroll with; push and seedCase then fail.
   */
  seeder?: boolean;
  /** Run on this PostgreSQL database instead of a SQLite file in the temp folder. */
  databaseUrl?: string;
  /** pino options for the hub's log (default: none). */
  logger?: false | { level: string; stream?: { write: (line: string) => void } };
}

/** A fresh token as the desktop issues them: 128 random bits in base32. */
export const newToken = (): string => base32(randomBytes(16));

export const startPublicHub = async (opts: PublicHubOptions = {}): Promise<PublicHub> => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-public-'));
  const deviceToken = randomBytes(24).toString('base64url');
  const keys = Object.fromEntries((opts.integrations ?? ['bureau-central']).map((n) => [n, randomBytes(32).toString('base64url')]));
  const config: HubConfig = {
    host: '127.0.0.1',
    port: 0,
    dataDir: dir,
    branchId: 'branch-main',
    deviceTokens: opts.seeder === false ? [] : [{ deviceId: 'seeder', token: deviceToken }],
    logLevel: 'silent',
    tombstoneRetentionDays: 180,
    integrationKeys: Object.entries(keys).map(([name, key]) => ({ name, keyHash: hashIntegrationKey(key) })),
    ...(opts.rateLimit ? { publicRateLimit: opts.rateLimit } : {}),
    ...(opts.viewCache === undefined ? {} : { publicViewCache: opts.viewCache }),
    ...(opts.databaseUrl ? { databaseUrl: opts.databaseUrl } : {}),
  };
  const hub = await startHub(config, { now: opts.now ?? (() => HUB_NOW), logger: opts.logger ?? false });
  const next = outbox();
  const push = async (mutations: { name: string; args: unknown }[]): Promise<void> => {
    const res = await post<PushResponse>(
      `${hub.url}/sync/push`,
      deviceToken,
      pushBody('seeder', mutations.map((m) => next(m.name, m.args, m.name === 'reference.seed' || m.name.startsWith('setup.') ? null : 'admin-1'))),
    );
    const bad = res.body.results?.filter((r) => r.outcome !== 'applied') ?? [res.body];
    if (res.status !== 200 || bad.length > 0) throw new Error(`seeding failed: ${res.status} ${JSON.stringify(bad)}`);
  };
  if (opts.seeder !== false) {
    await push([
      { name: 'reference.seed', args: SEED },
      { name: 'setup.createFirstAdmin', args: { staffId: 'admin-1', unitId: 'unit-s6', name: '管理者', username: 'admin', verifier: VERIFIER } },
    ]);
  }

  let n = 0;
  const seedCase = async (c: SeedCase): Promise<SeededCase> => {
    n += 1;
    const caseId = `case-${n}-${randomBytes(4).toString('hex')}`;
    const token = newToken();
    const receivedAt = c.receivedAt ?? '2026-11-20T02:00:00.000Z';
    await push([
      {
        name: 'case.create',
        args: {
          case: {
            id: caseId,
            caseNumber: c.caseNumber,
            companyId: `co-${caseId}`,
            contactName: c.contactName ?? '陳美玲',
            contactPhone: c.contactPhone ?? '0912-345-678',
            category: 'electrical',
            productId: `pr-${caseId}`,
            productModel: c.productModel ?? 'HD-1200',
            unitId: 'unit-s1',
            officerId: null,
            receivedAt,
          },
          company: { id: `co-${caseId}`, name: c.companyName ?? '永昌電器股份有限公司', ubn: c.ubn ?? null },
          product: { id: `pr-${caseId}`, name: c.productName ?? `吹風機${n}` },
          milestoneId: `m-${caseId}-0`,
          token,
        },
      },
      ...(c.milestones ?? []).map((m, i) => ({
        name: 'case.addMilestone',
        args: { milestone: { id: `m-${caseId}-${i + 1}`, caseId, kind: m.kind, at: m.at, note: m.note ?? '' } },
      })),
    ]);
    return { caseId, token };
  };

  return {
    url: hub.url,
    hub,
    keys,
    deviceToken,
    push,
    seedCase,
    stop: async () => {
      await hub.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
