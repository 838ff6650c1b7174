import type { Database } from 'better-sqlite3';
import type { SyncProblemCode } from '../../../shared/sync/problems';
import type { LocalApply } from './local-apply';
import type { RejectionQueries } from './rejections';
import type { StagingQueries } from './staging';
import type { SyncStateQueries } from './state';
import type { SyncOutboxQueries } from './sync-outbox';
import type { SyncTransport } from './transport';

export interface SyncQueries {
  state: SyncStateQueries;
  outbox: SyncOutboxQueries;
  rejections: RejectionQueries;
  staging: StagingQueries;
}

/** What one sync run works with. `ifAlive` guards every database touch after an await. */
export interface RunContext {
  db: Database;
  q: SyncQueries;
  local: LocalApply;
  transport: SyncTransport;
  deviceId: string;
  now: () => Date;
  /** Runs fn unless the client was stopped while the run awaited the network (the database may be closed). */
  ifAlive<R>(fn: () => R): R;
}

/** The client was stopped (app closing) while a run was in flight; nothing more is written. */
export class RunStopped extends Error {
  constructor() {
    super('sync stopped');
    this.name = 'RunStopped';
  }
}

/** A problem that retrying will not fix: automatic runs stop until someone acts (update, re-enroll). */
export class RunHalted extends Error {
  constructor(
    readonly code: SyncProblemCode,
    message: string,
  ) {
    super(message);
    this.name = 'RunHalted';
  }
}
