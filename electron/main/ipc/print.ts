import { AppFailure } from '../../../shared/ipc/errors';
import type { PrintService } from '../print/print-service';
import type { CaseService } from '../services/cases';
import type { RecordPdfService } from '../services/record-pdf';
import type { Handlers } from './dispatch';
import { staffOf } from './auth';

const ref = (profileId: string | undefined) => profileId ?? 'default';

/** Printing: main builds every payload itself (labels from the case, sheets from the record); the renderer never sends a path. */
export const printHandlers = (print: PrintService, cases: CaseService, recordPdf: RecordPdfService) =>
  ({
    'print:profiles': () => print.profiles(),
    'print:saveProfile': (i) => print.saveProfile(i),
    'print:deleteProfile': (i) => {
      print.deleteProfile(i.id);
      return { done: true } as const;
    },
    'print:testPrint': (i) => print.testPrint(i.profileId),
    'print:label': async (i, ctx) => {
      let c = cases.get(i.caseId);
      if (!c.token) {
        cases.reissueToken(staffOf(ctx), i.caseId);
        c = cases.get(i.caseId);
      }
      const url = c.token?.url;
      if (!url) throw new AppFailure('rejected', 'set the public address first', { reason: 'PUBLIC_URL_MISSING' });
      return print.printLabel(ref(i.profileId), {
        caseNumber: c.summary.caseNumber,
        companyName: c.summary.companyName,
        productName: c.summary.productName,
        date: new Date(c.summary.receivedAt),
        url,
      });
    },
    'print:recordSheet': async (i) => {
      const saved = await recordPdf.save(i.recordId);
      return print.printPdf(ref(i.profileId), saved.path, saved.title);
    },
    'print:jobs': (i) => print.jobs(i.limit),
    'print:retry': (i) => print.retry(i.jobId),
    'print:reprint': (i) => print.reprint(i.jobId),
  }) satisfies Partial<Handlers>;
