import type { SyncService } from '../sync/service';
import type { Handlers } from './dispatch';
import { staffOf } from './auth';

/** sync:* — thin: the sync service does the work (see electron/main/sync/service.ts). */
export const syncHandlers = (sync: SyncService) =>
  ({
    'sync:status': () => sync.status(),
    'sync:now': () => sync.runNow(),
    'sync:rejections': () => sync.rejections(),
    'sync:dismiss': (i) => {
      sync.dismiss(i.mutationId);
      return { done: true } as const;
    },
    'sync:settings': () => sync.settings(),
    'sync:saveSettings': (i) =>
      sync.saveSettings({
        ...(i.hubUrl === undefined ? {} : { hubUrl: i.hubUrl }),
        ...(i.intervalSeconds === undefined ? {} : { intervalSeconds: i.intervalSeconds }),
      }),
    'sync:enroll': (i) => sync.enroll(i),
    'sync:issueCode': (_i, ctx) => sync.issueCode(staffOf(ctx).id),
    'sync:join': (i) => sync.join(i),
    'sync:devices': (_i, ctx) => sync.devices(staffOf(ctx).id),
    'sync:revokeDevice': async (i, ctx) => {
      await sync.revokeDevice(staffOf(ctx).id, i.deviceId);
      return { done: true } as const;
    },
  }) satisfies Partial<Handlers>;
