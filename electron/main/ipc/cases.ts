import type { CaseImportService } from '../services/case-import/import-service';
import type { CaseService } from '../services/cases';
import type { Handlers } from './dispatch';
import { staffOf } from './auth';

export const caseHandlers = (cases: CaseService, importer: CaseImportService) =>
  ({
    'case:search': (i) => cases.search(i.q, i.kind),
    'case:recent': () => cases.recent(),
    'case:get': (i) => cases.get(i.caseId),
    'case:create': (i, ctx) => cases.create(staffOf(ctx), i),
    'case:update': (i, ctx) => cases.update(staffOf(ctx), i),
    'case:addMilestone': (i, ctx) => cases.addMilestone(staffOf(ctx), i),
    'case:reissueToken': (i, ctx) => cases.reissueToken(staffOf(ctx), i.caseId),
    'case:resolveScan': (i) => cases.resolveScan(i.text),
    'case:import': (i, ctx) => importer.run(staffOf(ctx), i),
    'settings:publicUrl': () => ({ url: cases.publicBaseUrl() }),
    'settings:setPublicUrl': (i, ctx) => cases.setPublicBaseUrl(staffOf(ctx), i.url),
  }) satisfies Partial<Handlers>;
