import { createHash } from 'node:crypto';
import path from 'node:path';
import { writeFileAtomic } from './files';
import type { RecordSheet } from '../../../shared/domain/record-sheet';
import { AppFailure } from '../../../shared/ipc/errors';
import { escortSheetContentSchema } from '../../../shared/mutations/escort-sheet';
import type { Executor } from '../db/executor';
import { renderEscortSheet } from '../pdf/escort-sheet';
import { renderVisitRecordSheet } from '../pdf/visit-record-sheet';
import { visitSheetContentSchema } from '../../../shared/mutations/visit-sheet';
import { visitRecordPdfInput } from './visits/visit-sheet-pdf';

export interface RecordPdfDeps {
  executor: Executor;
  dataDir: string;
  now: () => Date;
  fontDir?: string;
  /** Opens a file in the system viewer (Electron's shell.openPath); absent where there is none. */
  openFile?: (file: string) => Promise<void>;
}

/** The A4 PDF of a record sheet, always kept as a file under <data>/records/. */
export const createRecordPdfService = (deps: RecordPdfDeps) => {
  const { stores } = deps.executor;
  const dir = path.join(deps.dataDir, 'records');
  const nameOf = (id: string | null) => (id ? (stores.staff.get(id)?.name ?? id) : null);

  const signOffOf = (r: RecordSheet) =>
    r.status === 'signed' && r.signedBy && r.signedAt && r.signerKeyId && r.signature
      ? {
          signerName: nameOf(r.signedBy) ?? '',
          signedAt: r.signedAt,
          asDeputyOf: nameOf(r.signedAsDeputyOf),
          keyId: r.signerKeyId,
          signatureFingerprint: createHash('sha256').update(r.signature).digest('hex').slice(0, 12),
        }
      : null;

  const render = async (r: RecordSheet): Promise<Buffer> => {
    if (r.kind === 'visit') {
      const visit = visitSheetContentSchema.safeParse(r.content);
      if (!visit.success) throw new AppFailure('rejected', 'sheet content is incomplete', { reason: 'CONTENT_INVALID' });
      return renderVisitRecordSheet({
        ...visitRecordPdfInput({
          branchName: stores.branches.all()[0]?.name ?? '',
          content: visit.data,
          status: r.status,
          signOff: signOffOf(r),
          recordId: r.id,
        }),
        printedAt: deps.now(),
        ...(deps.fontDir ? { fontDir: deps.fontDir } : {}),
      });
    }
    const content = escortSheetContentSchema.safeParse(r.content);
    if (!content.success) throw new AppFailure('rejected', 'sheet content is incomplete', { reason: 'CONTENT_INVALID' });
    return renderEscortSheet({
      branchName: stores.branches.all()[0]?.name ?? '',
      content: content.data,
      status: r.status,
      signOff: signOffOf(r),
      recordId: r.id,
      printedAt: deps.now(),
      ...(deps.fontDir ? { fontDir: deps.fontDir } : {}),
    });
  };

  const save = async (recordId: string): Promise<{ path: string; bytes: number; title: string }> => {
    const r = stores.record_sheets.get(recordId);
    if (!r) throw new AppFailure('not_found', 'record not found');
    const pdf = await render(r);
    const file = path.join(dir, `${r.kind}-${r.id}.pdf`);
    writeFileAtomic(file, pdf);
    return { path: file, bytes: pdf.length, title: `${r.kind}-${r.id}` };
  };

  return {
    save,
    async open(recordId: string): Promise<{ path: string }> {
      const { path: file } = await save(recordId);
      if (!deps.openFile) throw new AppFailure('internal', 'no viewer available');
      await deps.openFile(file);
      return { path: file };
    },
  };
};
export type RecordPdfService = ReturnType<typeof createRecordPdfService>;
