import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { caseNumberSchema, MILESTONE_KINDS } from '../../../shared/domain/inspection-case';
import type { CaseMilestone } from '../../../shared/domain/inspection-case';
import { isoTimeSchema } from '../../../shared/domain/reference';
import { integrationAuthenticator } from './keys';
import type { IntegrationKey } from './keys';
import { integrationActorId, milestoneIdFor } from './milestone-writer';
import type { MilestoneCommand, MilestoneWriter } from './milestone-writer';

/** Stable codes of the milestone API, beside the hub's own (INVALID_JSON, BODY_TOO_LARGE, ...). */
export type IntegrationErrorCode =
  | 'UNAUTHENTICATED'
  | 'INVALID_BODY'
  | 'INVALID_CASE_NUMBER'
  | 'IDEMPOTENCY_KEY_MISSING'
  | 'IDEMPOTENCY_KEY_INVALID'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'AT_IN_FUTURE'
  | 'UNKNOWN_CASE'
  | 'CASE_CLOSED'
  | 'MILESTONE_BEFORE_PREVIOUS'
  | 'REJECTED';

/** A milestone's body is a few hundred bytes; anything near this is not one. */
export const MILESTONE_BODY_LIMIT = 16 * 1024;
/** The central system's clock may run a little ahead of the hub's; more than this is a mistake. */
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,200}$/;

/** An ISO time whose date exists (Date.parse would quietly turn 02-30 into 03-02). */
const realInstant = (s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})T/.exec(s);
  if (!m || !Number.isFinite(Date.parse(s))) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
};

export const milestoneBodySchema = z.strictObject({
  kind: z.enum(MILESTONE_KINDS).exclude(['received']),
  at: isoTimeSchema.refine(realInstant, 'not a real date and time'),
  note: z.string().trim().max(200).default(''),
});

/** A refusal's HTTP status: the case's own rules are conflicts, a missing case is not found. */
const REJECTION_STATUS: Record<string, [number, IntegrationErrorCode]> = {
  UNKNOWN_CASE: [404, 'UNKNOWN_CASE'],
  CASE_CLOSED: [409, 'CASE_CLOSED'],
  MILESTONE_BEFORE_PREVIOUS: [409, 'MILESTONE_BEFORE_PREVIOUS'],
  INVALID_ARGS: [400, 'INVALID_BODY'],
};

const fail = (reply: FastifyReply, status: number, code: IntegrationErrorCode, message: string): FastifyReply =>
  reply.code(status).send({ ok: false, error: { code, message } });

const published = (m: CaseMilestone, caseNumber: string) => ({
  id: m.id,
  caseNumber,
  kind: m.kind,
  at: m.at,
  note: m.note,
  recordedBy: m.recordedBy,
});

export interface IntegrationRoutesDeps {
  writer: MilestoneWriter;
  now: () => Date;
  keys: readonly IntegrationKey[];
}

/**
 * POST /api/v1/cases/:caseNumber/milestones — the bureau's central system reports a milestone.
 * `Authorization: Bearer <key>` names the integration (checked before the body is read);
 * `Idempotency-Key` makes a retry safe: the milestone's id is derived from it, so a repeat finds
 * the milestone it already made and gets the same answer (200, replayed), while the same key with
 * a different milestone is 422. Refusals of the case's rules are 409 with the mutator's code.
 */
export const registerIntegrationRoutes = (app: FastifyInstance, deps: IntegrationRoutesDeps): void => {
  const authenticate = integrationAuthenticator(deps.keys);
  const caller = new WeakMap<FastifyRequest, string>();

  app.register(async (api) => {
    api.addHook('onRequest', async (request, reply) => {
      const name = authenticate(request.headers.authorization);
      if (name === undefined) {
        reply.header('www-authenticate', 'Bearer');
        return fail(reply, 401, 'UNAUTHENTICATED', 'a valid integration key is required');
      }
      caller.set(request, name);
    });

    api.post<{ Params: { caseNumber: string } }>(
      '/api/v1/cases/:caseNumber/milestones',
      { bodyLimit: MILESTONE_BODY_LIMIT },
      async (request, reply) => {
        const integration = caller.get(request);
        if (integration === undefined) return fail(reply, 401, 'UNAUTHENTICATED', 'a valid integration key is required');
        const caseNumber = caseNumberSchema.safeParse(request.params.caseNumber);
        if (!caseNumber.success) return fail(reply, 400, 'INVALID_CASE_NUMBER', 'a case number is 4-30 letters, digits or dashes');
        const key = request.headers['idempotency-key'];
        if (key === undefined) return fail(reply, 400, 'IDEMPOTENCY_KEY_MISSING', 'send an Idempotency-Key header');
        if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
          return fail(reply, 400, 'IDEMPOTENCY_KEY_INVALID', 'an Idempotency-Key is 8-200 visible ASCII characters');
        }
        const body = milestoneBodySchema.safeParse(request.body);
        if (!body.success) {
          const issue = body.error.issues[0];
          return fail(reply, 400, 'INVALID_BODY', `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`.slice(0, 300));
        }
        const now = deps.now();
        if (Date.parse(body.data.at) > now.getTime() + MAX_CLOCK_SKEW_MS) {
          return fail(reply, 400, 'AT_IN_FUTURE', 'the milestone is later than the hub clock');
        }
        const cmd: MilestoneCommand = {
          caseNumber: caseNumber.data,
          milestoneId: milestoneIdFor(integration, key),
          ...body.data,
          integration,
          recordedBy: integrationActorId(integration),
          now: now.toISOString(),
        };
        const res = await deps.writer.add(cmd);
        request.log.info({ integration, caseNumber: cmd.caseNumber, kind: cmd.kind, outcome: res.outcome }, 'integration milestone');
        if (res.outcome === 'rejected') {
          const [status, code] = REJECTION_STATUS[res.code] ?? [409, 'REJECTED'];
          return fail(reply, status, code, code === 'REJECTED' ? `${res.code}: ${res.message}` : res.message);
        }
        if (res.outcome === 'exists') {
          const m = res.milestone;
          const same =
            res.caseNumber === cmd.caseNumber &&
            m.kind === cmd.kind &&
            Date.parse(m.at) === Date.parse(cmd.at) &&
            m.note === cmd.note &&
            m.recordedBy === cmd.recordedBy;
          if (!same) return fail(reply, 422, 'IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for another milestone');
          return reply.code(200).header('idempotent-replayed', 'true').send({ ok: true, replayed: true, milestone: published(m, res.caseNumber) });
        }
        return reply.code(201).send({ ok: true, replayed: false, milestone: published(res.milestone, cmd.caseNumber) });
      },
    );
  });
};
