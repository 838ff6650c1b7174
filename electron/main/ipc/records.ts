import type { RecordPdfService } from '../services/record-pdf';
import type { RecordService } from '../services/records';
import type { Handlers } from './dispatch';
import { staffOf } from './auth';

export const recordHandlers = (records: RecordService, pdf: RecordPdfService) =>
  ({
    'record:queue': (_i, ctx) => records.queue(staffOf(ctx)),
    'record:get': (i, ctx) => records.get(staffOf(ctx), i.recordId),
    'record:update': (i, ctx) => records.update(staffOf(ctx), i.recordId, i.content),
    'record:submit': (i, ctx) => records.submit(staffOf(ctx), i.recordId),
    'record:return': (i, ctx) => records.returnForEdit(staffOf(ctx), i.recordId, i.reason),
    'record:sign': (i, ctx) => records.sign(staffOf(ctx), i.recordId, i.password),
    'record:verify': (i) => records.verify(i.recordId),
    'record:correct': (i, ctx) => records.correct(staffOf(ctx), i.recordId),
    'record:pdf': async (i) => {
      const { path, bytes } = await pdf.save(i.recordId);
      return { path, bytes };
    },
    'record:openPdf': (i) => pdf.open(i.recordId),
  }) satisfies Partial<Handlers>;
