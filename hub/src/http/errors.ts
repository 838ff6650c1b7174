import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { SyncError, SyncErrorCode } from '../../../shared/sync/wire';
import { HubError } from '../sync/hub-error';

export const sendError = (
  reply: FastifyReply,
  status: number,
  code: SyncErrorCode,
  message: string,
  details?: Record<string, string | number>,
): FastifyReply => {
  const body: SyncError = { ok: false, error: { code, message, ...(details ? { details } : {}) } };
  return reply.code(status).send(body);
};

/** A body parsed with its wire schema, or a 400 INVALID_BODY naming the first problem. */
export const parseBody = <S extends z.ZodType>(schema: S, body: unknown): z.infer<S> => {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid body';
    throw new HubError(400, 'INVALID_BODY', where.slice(0, 300));
  }
  return parsed.data;
};

/** Fastify's own 4xx (body parsing, media type, size) mapped to our stable codes. */
const FASTIFY_CODES: Record<string, [number, SyncErrorCode]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'INVALID_JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'INVALID_JSON'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'BODY_TOO_LARGE'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'BAD_REQUEST'],
};

/**
 * Every failure leaves as `{ok:false, error:{code, message}}`. Client mistakes are 4xx with a
 * stable code; only a fault of the hub itself is a 500, and its details stay in the log.
 */
export const installErrorHandling = (app: FastifyInstance): void => {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof HubError) return sendError(reply, err.status, err.code, err.message, err.details);
    const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (mapped) return sendError(reply, mapped[0], mapped[1], err.message);
    // secure-json-parse refuses __proto__ / constructor keys with a plain 400 SyntaxError.
    if (err instanceof SyntaxError || (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500)) {
      return sendError(reply, err.statusCode ?? 400, err instanceof SyntaxError ? 'INVALID_JSON' : 'BAD_REQUEST', err.message);
    }
    request.log.error({ err }, 'request failed');
    return sendError(reply, 500, 'INTERNAL', 'the hub failed; try again later');
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, 404, 'NOT_FOUND', `no route ${request.method} ${request.url}`));
};
