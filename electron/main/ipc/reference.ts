import type { AuditService } from '../services/audit';
import type { ReferenceService } from '../services/reference';
import type { AuthService } from '../services/auth';
import type { Handlers } from './dispatch';
import { staffOf } from './auth';

const done = { done: true } as const;

export const referenceHandlers = (ref: ReferenceService, auth: AuthService, audit: AuditService) =>
  ({
    'reference:get': () => ref.get(),
    'staff:list': () => ref.listStaff(),
    'staff:save': (i, ctx) => ref.saveStaff(staffOf(ctx), i),
    'staff:setPassword': async (i, ctx) => {
      await auth.setPasswordFor(staffOf(ctx), i.staffId, i.newPassword);
      return done;
    },
    'unit:save': (i, ctx) => ref.saveUnit(staffOf(ctx), i),
    'businessItem:save': (i, ctx) => ref.saveBusinessItem(staffOf(ctx), i),
    'parameter:set': (i, ctx) => {
      ref.setParameter(staffOf(ctx), i);
      return done;
    },
    'demo:load': (_i, ctx) => ref.loadDemo(staffOf(ctx)),
    'audit:list': (i) => audit.list(i.beforeSeq, i.limit),
    'audit:verify': () => audit.verify(),
  }) satisfies Partial<Handlers>;
