import type { FastifyInstance } from 'fastify';
import { registerIntegrationRoutes } from '../integration/milestone-api';
import type { IntegrationKey } from '../integration/keys';
import type { HubBackend } from '../store/backend';
import type { PublicRateLimit } from './rate-limiter';
import { createPublicRoutes } from './routes';
import { createCaseAdapters } from './store-adapter';

/** What the hub's configuration says about the public page and the milestone API. */
export interface CaseProgressOptions {
  /** The branch whose cases the milestone API updates (the hub's configured branch). */
  branchId?: string | undefined;
  /** Per client address under /C/; DEFAULT_PUBLIC_RATE_LIMIT when absent. */
  publicRateLimit?: PublicRateLimit | undefined;
  /** Case views kept for repeat visits; 0 reads every page from storage (see store-adapter.ts). */
  viewCacheSize?: number | undefined;
  /** Systems allowed to post milestones; none means every call is 401. */
  integrationKeys?: readonly IntegrationKey[] | undefined;
}

/**
 * The public case page (/C/...) and the central system's milestone API (/api/v1/...), over the
 * hub's backend. Made before the Fastify instance so that its `frameworkErrors` can answer under
 * /C/ too; `register` adds the routes.
 */
export const createCaseProgress = (backend: HubBackend, now: () => Date, opts: CaseProgressOptions = {}) => {
  const { reader, writer } = createCaseAdapters(backend, opts.branchId ?? 'branch-main', opts.viewCacheSize);
  const pages = createPublicRoutes({ reader, now, rateLimit: opts.publicRateLimit });
  return {
    frameworkErrors: pages.frameworkErrors,
    register: (app: FastifyInstance): void => {
      pages.register(app);
      registerIntegrationRoutes(app, { writer, now, keys: opts.integrationKeys ?? [] });
    },
  };
};
