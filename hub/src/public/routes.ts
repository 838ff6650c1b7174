import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { APP_JS, MANIFEST, SERVICE_WORKER_JS } from './assets';
import { renderCasePage } from './case-page';
import type { CaseProgressReader } from './case-view';
import { sendError } from '../http/errors';
import { PAGE_CSP } from './html';
import { renderIconPng } from './icon';
import { MY_CASES_PAGE, NOT_FOUND_PAGE, TOO_MANY_PAGE } from './pages';
import { clientKey, createRateLimiter, DEFAULT_PUBLIC_RATE_LIMIT } from './rate-limiter';
import type { PublicRateLimit } from './rate-limiter';

export interface PublicRoutesDeps {
  reader: CaseProgressReader;
  now: () => Date;
  rateLimit?: PublicRateLimit | undefined;
}

/** On every answer under /C/: never indexed, never a referrer, no sniffing, no framing. */
const COMMON_HEADERS = {
  'x-robots-tag': 'noindex, nofollow',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
} as const;

/** On the HTML pages: the strict CSP, and a case page is never stored by anyone. */
const PAGE_HEADERS = {
  ...COMMON_HEADERS,
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': PAGE_CSP,
  'cross-origin-opener-policy': 'same-origin',
  'cache-control': 'no-store',
} as const;

const sendPage = (reply: FastifyReply, status: number, html: string | Buffer): FastifyReply =>
  reply.code(status).headers(PAGE_HEADERS).send(html);

/** Every failure, whatever it was: the same status, headers and bytes. */
const notFound = (reply: FastifyReply): FastifyReply => sendPage(reply, 404, NOT_FOUND_PAGE);

const TOKEN_CHARS = /^[A-Za-z2-7]{26}$/;

/**
 * The public case-progress pages under /C/: the case page per token, 我的案件, and the small web
 * app's manifest, service worker, script and icons. Rate-limited per client address (IPv6 per
 * /64), before anything is looked up. Request logging is off for these routes: a token in a URL is
 * the key to its page and must not land in the hub's logs.
 */
export const createPublicRoutes = (deps: PublicRoutesDeps) => {
  const limiter = createRateLimiter(deps.rateLimit ?? DEFAULT_PUBLIC_RATE_LIMIT);
  /** Spends one of the client's tokens; false (and the 429 page sent) when it has none left. */
  const admit = (request: FastifyRequest, reply: FastifyReply): boolean => {
    const take = limiter.take(clientKey(request.ip));
    if (take.ok) return true;
    request.log.warn({ client: clientKey(request.ip) }, 'public page rate limit');
    reply.header('retry-after', String(take.retryAfterSeconds));
    sendPage(reply, 429, TOO_MANY_PAGE);
    return false;
  };

  const icons = new Map<number, Buffer>();
  const icon = (size: number): Buffer => {
    let png = icons.get(size);
    if (!png) icons.set(size, (png = renderIconPng(size)));
    return png;
  };

  const plugin = async (pub: FastifyInstance): Promise<void> => {
    // A callback hook, not an async one: it runs on every request, and needs no promise.
    pub.addHook('onRequest', (request, reply, done) => {
      if (admit(request, reply)) done();
    });
    // Whatever goes wrong under /C/ (a storage fault, a malformed request), the answer is the 404 page.
    pub.setErrorHandler((err: FastifyError, request, reply) => {
      if ((err.statusCode ?? 500) >= 500) request.log.error({ err }, 'public page failed');
      return notFound(reply);
    });

    const casePage = async (token: string, reply: FastifyReply): Promise<FastifyReply> => {
      // Upper-cased, this is exactly qrTokenSchema's format.
      if (!TOKEN_CHARS.test(token)) return notFound(reply);
      const normal = token.toUpperCase();
      const view = await deps.reader.byToken(normal);
      if (!view) return notFound(reply);
      return sendPage(reply, 200, renderCasePage(view, normal, deps.now()));
    };
    const opts = { logLevel: 'warn' as const };
    pub.get<{ Params: { token: string } }>('/C/:token', opts, async (request, reply) => casePage(request.params.token, reply));
    pub.get<{ Params: { token: string } }>('/C/:token/', opts, async (request, reply) => casePage(request.params.token, reply));
    pub.get('/C/*', opts, async (_request, reply) => notFound(reply));
    // 我的案件 is the same empty page for everyone (the list is drawn on the phone): it may be cached.
    pub.get('/C/', opts, async (_request, reply) => reply.headers({ ...PAGE_HEADERS, 'cache-control': 'no-cache' }).send(MY_CASES_PAGE));
    pub.get('/C', opts, async (_request, reply) => reply.headers(COMMON_HEADERS).redirect('/C/', 301));

    const asset = (path: string, type: string, body: () => string | Buffer, cache: string, extra: Record<string, string> = {}) =>
      pub.get(path, opts, async (_request, reply) =>
        reply.headers({ ...COMMON_HEADERS, 'content-type': type, 'cache-control': cache, ...extra }).send(body()),
      );
    // The web app's files: the worker revalidates every time (so an update is seen), the rest for an hour.
    asset('/C/app.js', 'text/javascript; charset=utf-8', () => APP_JS, 'public, max-age=3600');
    asset('/C/manifest.webmanifest', 'application/manifest+json; charset=utf-8', () => MANIFEST, 'public, max-age=3600');
    asset('/C/icon-192.png', 'image/png', () => icon(192), 'public, max-age=86400');
    asset('/C/icon-512.png', 'image/png', () => icon(512), 'public, max-age=86400');
    asset('/C/sw.js', 'text/javascript; charset=utf-8', () => SERVICE_WORKER_JS, 'no-cache', {
      'content-security-policy': "default-src 'self'",
      'service-worker-allowed': '/C/',
    });
  };
  const register = (app: FastifyInstance): void => void app.register(plugin);

  /**
   * Fastify's own refusals before routing (a malformed %-escape, a path segment over
   * maxParamLength) never reach a route: under /C/ they are the 404 page too, and rate-limited;
   * elsewhere the hub's usual coded error.
   */
  const frameworkErrors = (err: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    if (/^\/C(\/|$)/.test(request.url)) {
      if (admit(request, reply)) notFound(reply);
      return;
    }
    sendError(reply, err.statusCode ?? 400, 'BAD_REQUEST', err.message);
  };

  return { register, frameworkErrors };
};
