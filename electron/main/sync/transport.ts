import type {
  BlobMissingRequest,
  BlobMissingResponse,
  BlobPutResponse,
  DeviceListRequest,
  DeviceListResponse,
  EnrollRequest,
  EnrollResponse,
  IssueCodeRequest,
  IssueCodeResponse,
  PullRequest,
  PullResponse,
  PushRequest,
  PushResponse,
  RevokeDeviceRequest,
  RevokeDeviceResponse,
  SyncErrorCode,
} from '../../../shared/sync/wire';

/**
 * The desktop's only way to the hub. Narrow on purpose: the fault-injection suite wraps it to drop,
 * duplicate, reorder and partition calls, and unit tests give a fake. Every method either resolves
 * with a response that passed the wire schema or rejects with a SyncTransportError.
 */
export interface SyncTransport {
  push(req: PushRequest): Promise<PushResponse>;
  pull(req: PullRequest): Promise<PullResponse>;
  /** No device token needed: the one-time code is the credential. */
  enroll(req: EnrollRequest): Promise<EnrollResponse>;
  issueCode(req: IssueCodeRequest): Promise<IssueCodeResponse>;
  /** The branch's enrolled devices (admin only on the hub). */
  listDevices(req: DeviceListRequest): Promise<DeviceListResponse>;
  /** Revokes another device of the branch: its token stops working at once (admin only on the hub). */
  revokeDevice(req: RevokeDeviceRequest): Promise<RevokeDeviceResponse>;
  /** Which of these files (by SHA-256) the branch's hub does not hold. */
  missingBlobs(req: BlobMissingRequest): Promise<BlobMissingResponse>;
  /** Uploads a file under its SHA-256 (a PDF); uploading one the hub holds already is harmless. */
  putBlob(sha256: string, bytes: Uint8Array): Promise<BlobPutResponse>;
  /** Downloads a file of the branch (NOT_FOUND when the hub has none); the caller checks its hash. */
  getBlob(sha256: string): Promise<Buffer>;
}

/** Where a hub is and how this device proves who it is (null before enrollment). */
export interface HubEndpoint {
  url: string;
  token: string | null;
}

export type TransportFactory = (hub: HubEndpoint) => SyncTransport;

/**
 * - network: nothing came back (refused, reset, DNS, timeout): the hub may or may not have acted.
 * - hub: the hub answered with a coded refusal ({ok:false,error}).
 * - protocol: something answered, but not in the wire format (a proxy page, a wrong address).
 */
export type TransportFailureKind = 'network' | 'hub' | 'protocol';

export class SyncTransportError extends Error {
  constructor(
    readonly kind: TransportFailureKind,
    message: string,
    readonly status: number | null = null,
    readonly code: SyncErrorCode | null = null,
    readonly details: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'SyncTransportError';
  }
}

export const isHubError = (err: unknown, code?: SyncErrorCode): err is SyncTransportError =>
  err instanceof SyncTransportError && err.kind === 'hub' && (code === undefined || err.code === code);
