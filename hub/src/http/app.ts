import { fastify } from 'fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  deviceListRequestSchema,
  enrollRequestSchema,
  issueCodeRequestSchema,
  revokeDeviceRequestSchema,
  MAX_PUSH_BYTES,
  pullRequestSchema,
  pushRequestSchema,
} from '../../../shared/sync/wire';
import type { DeviceListResponse, EnrollResponse, IssueCodeResponse, PullResponse, PushResponse } from '../../../shared/sync/wire';
import type { DeviceRow, HubBackend } from '../store/backend';
import { hashToken } from '../store/devices';
import { createEnrollmentService } from '../sync/enrollment';
import { HubError } from '../sync/hub-error';
import { createPullService } from '../sync/pull';
import { createPushService } from '../sync/push';
import { createCaseProgress } from '../public/register';
import type { CaseProgressOptions } from '../public/register';
import { registerBlobRoutes } from './blobs';
import { installErrorHandling, parseBody } from './errors';

export interface HubAppOptions {
  backend: HubBackend;
  now?: () => Date;
  /** pino options, or false for no logs (tests). */
  logger?: boolean | { level: string; stream?: { write: (line: string) => void } };
  /** The public case page and the central system's milestone API (hub/src/public, hub/src/integration). */
  caseProgress?: CaseProgressOptions;
  /** Fastify's trustProxy, so a client's address (the public page's rate limit) is its own behind a proxy. */
  trustProxy?: boolean | string;
}

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]{1,512})$/;

/** The hub's HTTP face: /healthz and the sync endpoints. The database is opened and migrated by the caller. */
export const buildHubApp = (opts: HubAppOptions): FastifyInstance => {
  const { backend } = opts;
  const now = opts.now ?? (() => new Date());
  const caseProgress = createCaseProgress(backend, now, opts.caseProgress);
  const app = fastify({
    logger: opts.logger ?? true,
    bodyLimit: MAX_PUSH_BYTES,
    return503OnClosing: true,
    trustProxy: opts.trustProxy ?? false,
    frameworkErrors: caseProgress.frameworkErrors,
  });
  installErrorHandling(app);
  // JSON only: a text/plain body would reach the handlers as a string; refuse it as 415 instead.
  app.removeContentTypeParser('text/plain');
  // While closing, answers in flight end their keep-alive connection, so shutdown does not wait
  // for idle sockets to time out after the last request is done.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  const pushService = createPushService({
    backend,
    now,
    onMutatorCrash: (err, m) => app.log.error({ err, mutation: m.name, seq: m.seq }, 'mutator crashed'),
  });
  const pullService = createPullService(backend);
  const enrollment = createEnrollmentService({ backend, now });
  const authed = new WeakMap<FastifyRequest, DeviceRow>();

  /** The token's device; where the body names one (claimed), it must be the same. */
  const deviceOf = (request: FastifyRequest, claimed?: string): DeviceRow => {
    const device = authed.get(request);
    if (!device) throw new HubError(401, 'UNAUTHENTICATED', 'a device token is required');
    if (claimed !== undefined && device.id !== claimed) throw new HubError(403, 'DEVICE_MISMATCH', 'the body names another device than the token');
    return device;
  };

  app.get('/healthz', async () => {
    await backend.ping();
    return { ok: true };
  });

  // No token yet: the one-time code is the credential. Every failure answers the same code.
  app.post('/enroll', async (request): Promise<EnrollResponse> => {
    const body = parseBody(enrollRequestSchema, request.body);
    const res = await enrollment.enroll(body);
    request.log.info({ device: res.deviceId, branch: res.branchId }, 'device enrolled');
    return res;
  });

  app.register(
    async (sync) => {
      // Authenticate before the body is read: an unknown caller costs no parsing.
      sync.addHook('onRequest', async (request) => {
        const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
        const device =
          token === undefined ? undefined : await backend.transaction((s) => s.deviceByTokenHash(hashToken(token)), { snapshot: true });
        if (!device || device.revoked) throw new HubError(401, 'UNAUTHENTICATED', 'missing, unknown or revoked device token');
        authed.set(request, device);
      });
      sync.post('/sync/push', async (request): Promise<PushResponse> => {
        const body = parseBody(pushRequestSchema, request.body);
        const device = deviceOf(request, body.deviceId);
        const res = await pushService.push(device, body);
        request.log.info({ device: device.id, count: body.mutations.length, lastSeq: res.lastSeq }, 'push');
        return res;
      });
      sync.post('/sync/pull', async (request): Promise<PullResponse> => {
        const body = parseBody(pullRequestSchema, request.body);
        const device = deviceOf(request, body.deviceId);
        return pullService.pull(device, body);
      });
      sync.post('/enroll/codes', async (request): Promise<IssueCodeResponse> => {
        const body = parseBody(issueCodeRequestSchema, request.body);
        const device = deviceOf(request, body.deviceId);
        const res = await enrollment.issue(device, body.actorId);
        request.log.info({ device: device.id, actor: body.actorId }, 'enrollment code issued');
        return res;
      });
      sync.post('/devices/list', async (request): Promise<DeviceListResponse> => {
        const body = parseBody(deviceListRequestSchema, request.body);
        return enrollment.list(deviceOf(request, body.deviceId), body.actorId);
      });
      sync.post('/devices/revoke', async (request) => {
        const body = parseBody(revokeDeviceRequestSchema, request.body);
        const device = deviceOf(request, body.deviceId);
        await enrollment.revoke(device, body.actorId, body.targetDeviceId);
        request.log.warn({ device: device.id, actor: body.actorId, revoked: body.targetDeviceId }, 'device revoked');
        return { ok: true };
      });
      registerBlobRoutes(sync, { backend, now, deviceOf });
    },
  );
  caseProgress.register(app);
  return app;
};
