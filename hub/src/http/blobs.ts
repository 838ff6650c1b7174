import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hasPdfSignature } from '../../../shared/mutations/regulations';
import { BLOB_MEDIA_TYPE, blobMissingRequestSchema, MAX_BLOB_BYTES, sha256Schema } from '../../../shared/sync/wire';
import type { BlobMissingResponse, BlobPutResponse } from '../../../shared/sync/wire';
import type { DeviceRow, HubBackend } from '../store/backend';
import { HubError } from '../sync/hub-error';
import { parseBody } from './errors';

export interface BlobRoutesDeps {
  backend: HubBackend;
  now: () => Date;
  /** The authenticated device of a request (its token), checked against the device the body names. */
  deviceOf: (request: FastifyRequest, claimed?: string) => DeviceRow;
}

const shaOf = (request: FastifyRequest): string => {
  const parsed = sha256Schema.safeParse((request.params as { sha256?: unknown }).sha256);
  if (!parsed.success) throw new HubError(400, 'BAD_REQUEST', 'the path names no lower-case hex SHA-256');
  return parsed.data;
};

/**
 * Files synced rows name by SHA-256 (regulation PDFs), kept per branch: which the hub lacks, upload
 * (hash and PDF signature checked, idempotent) and download. Registered inside the authenticated
 * scope; the PDF body parser is scoped to these routes only.
 */
export const registerBlobRoutes = (scope: FastifyInstance, deps: BlobRoutesDeps): void => {
  const { backend } = deps;
  scope.register(async (blobs) => {
    blobs.addContentTypeParser(BLOB_MEDIA_TYPE, { parseAs: 'buffer', bodyLimit: MAX_BLOB_BYTES }, (_request, body, done) => done(null, body));

    blobs.post('/blobs/missing', async (request): Promise<BlobMissingResponse> => {
      const body = parseBody(blobMissingRequestSchema, request.body);
      const device = deps.deviceOf(request, body.deviceId);
      const unique = [...new Set(body.sha256s)];
      return { missing: await backend.transaction((s) => s.missingBlobs(device.branch_id, unique), { snapshot: true }) };
    });

    blobs.put('/blobs/:sha256', { bodyLimit: MAX_BLOB_BYTES }, async (request): Promise<BlobPutResponse> => {
      const device = deps.deviceOf(request);
      const sha256 = shaOf(request);
      const bytes = request.body;
      if (!Buffer.isBuffer(bytes)) throw new HubError(415, 'UNSUPPORTED_MEDIA_TYPE', `send the file as ${BLOB_MEDIA_TYPE}`);
      const actual = createHash('sha256').update(bytes).digest('hex');
      if (actual !== sha256) throw new HubError(400, 'BLOB_HASH_MISMATCH', 'the body does not hash to the SHA-256 in the path', { actual });
      if (!hasPdfSignature(bytes)) throw new HubError(415, 'UNSUPPORTED_MEDIA_TYPE', 'not a PDF');
      const at = deps.now().toISOString();
      const stored = await backend.transaction((s) => s.putBlob(device.branch_id, sha256, bytes, at));
      request.log.info({ device: device.id, sha256, bytes: bytes.length, stored }, 'blob upload');
      return { sha256, stored };
    });

    blobs.get('/blobs/:sha256', async (request, reply) => {
      const device = deps.deviceOf(request);
      const sha256 = shaOf(request);
      const bytes = await backend.transaction((s) => s.getBlob(device.branch_id, sha256), { snapshot: true });
      if (!bytes) throw new HubError(404, 'NOT_FOUND', 'no such file in this branch');
      return reply.type(BLOB_MEDIA_TYPE).header('cache-control', 'no-store').send(bytes);
    });
  });
};
