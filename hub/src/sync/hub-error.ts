import type { SyncErrorCode } from '../../../shared/sync/wire';

/** A refusal of a whole request, with the HTTP status and stable code the client acts on. */
export class HubError extends Error {
  constructor(
    readonly status: number,
    readonly code: SyncErrorCode,
    message: string,
    readonly details?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'HubError';
  }
}
