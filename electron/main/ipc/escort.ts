import type { EscortService } from '../services/escort';
import type { Handlers } from './dispatch';
import { staffOf } from './auth';

export const escortHandlers = (escort: EscortService) =>
  ({
    'escort:lookup': (i) => escort.lookup(i.q),
    'escort:intake': (i, ctx) => escort.intake(staffOf(ctx), i),
    'escort:board': () => escort.board(),
    'escort:visit': (i) => escort.visit(i.visitId),
    'escort:suggest': (i) => escort.suggest(i.visitId),
    'escort:assign': (i, ctx) => escort.assign(staffOf(ctx), i.visitId, i.staffId),
    'escort:reassign': (i, ctx) => escort.reassign(staffOf(ctx), i.visitId, i.staffId, i.reason),
    'escort:startDirect': (i, ctx) => escort.startDirect(staffOf(ctx), i.visitId),
    'escort:recordStop': (i, ctx) => escort.recordStop(staffOf(ctx), i),
    'escort:finish': (i, ctx) => escort.finish(staffOf(ctx), i),
    'escort:cancel': (i, ctx) => escort.cancel(staffOf(ctx), i.visitId, i.reason),
  }) satisfies Partial<Handlers>;
