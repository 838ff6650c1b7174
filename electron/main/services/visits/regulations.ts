import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Staff } from '../../../../shared/domain/reference';
import type { Regulation } from '../../../../shared/domain/visit';
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { RegulationOut } from '../../../../shared/ipc/contract-visits';
import { AppFailure } from '../../../../shared/ipc/errors';
import { hasPdfSignature, MAX_REGULATION_BYTES, PDF_MEDIA_TYPE } from '../../../../shared/mutations/regulations';
import { actorOf } from '../actor';
import { failOnMutation } from '../mutation-errors';
import type { VisitDeps } from './deps';
import { writeFileAtomic } from '../files';

export { MAX_REGULATION_BYTES };

/**
 * The media type of a file by its first bytes. A PDF has `%PDF-` within its first 1024 bytes (readers
 * accept junk before it); the others are named only so the refusal can say what the file was.
 */
export const sniffMediaType = (bytes: Uint8Array): string => {
  if (hasPdfSignature(bytes)) return PDF_MEDIA_TYPE;
  const head = Buffer.from(bytes.subarray(0, 1024));
  const starts = (sig: number[]) => sig.every((b, i) => head[i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x50, 0x4b, 0x03, 0x04])) return 'application/zip';
  if (starts([0xd0, 0xcf, 0x11, 0xe0])) return 'application/x-ole-storage';
  return 'application/octet-stream';
};

/** Where a desktop keeps its regulation PDFs, each named by its SHA-256 (shared with the sync's file step). */
export const regulationFileOf = (dataDir: string, sha256: string): string => path.join(dataDir, 'regulations', `${sha256}.pdf`);

/** The regulations library: entries in the database, each PDF under <data>/regulations/<sha256>.pdf. */
export const createRegulationService = (deps: VisitDeps) => {
  const { stores } = deps.executor;
  const fileOf = (sha256: string) => regulationFileOf(deps.dataDir, sha256);

  const out = (r: Regulation): RegulationOut => ({
    id: r.id,
    title: r.title,
    number: r.number,
    version: r.version,
    effectiveDate: r.effectiveDate,
    category: r.category,
    fileName: r.fileName,
    fileSha256: r.fileSha256,
    fileBytes: r.fileBytes,
    fileAvailable: fs.existsSync(fileOf(r.fileSha256)),
    updatedAt: r.updatedAt,
  });

  const readChosenFile = (filePath: string): Buffer => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(filePath);
    } catch {
      throw new AppFailure('rejected', 'the file cannot be read', { reason: 'REGULATION_FILE_UNREADABLE' });
    }
    if (!stat.isFile()) throw new AppFailure('rejected', 'not a file', { reason: 'REGULATION_FILE_UNREADABLE' });
    if (stat.size === 0) throw new AppFailure('rejected', 'the file is empty', { reason: 'REGULATION_NOT_PDF' });
    if (stat.size > MAX_REGULATION_BYTES) {
      throw new AppFailure('rejected', 'the file is too large', { reason: 'REGULATION_TOO_LARGE', details: { maxBytes: MAX_REGULATION_BYTES } });
    }
    return fs.readFileSync(filePath);
  };

  return {
    list(category?: Regulation['category']): ChannelOutput<'regulation:list'> {
      return (category ? stores.regulations.findBy('category', category) : stores.regulations.all()).map(out);
    },

    /** The library's PDFs for a product category, with their bytes when the file is on this device. */
    filesFor(category: Regulation['category']): { regulation: Regulation; file: Uint8Array | null }[] {
      return stores.regulations.findBy('category', category).map((regulation) => {
        const f = fileOf(regulation.fileSha256);
        return { regulation, file: fs.existsSync(f) ? fs.readFileSync(f) : null };
      });
    },

    async pickFile(): Promise<ChannelOutput<'regulation:pickFile'>> {
      if (!deps.pickPdf) throw new AppFailure('internal', 'no file dialog available');
      return { path: await deps.pickPdf() };
    },

    /**
     * Saves an entry. A new file is read here, its type judged by its bytes, kept by its SHA-256 and only
     * then recorded; the mutation refuses anything but a PDF (REGULATION_NOT_PDF), so nothing of a refused
     * file stays behind.
     */
    save(me: Staff, i: ChannelInput<'regulation:save'>): ChannelOutput<'regulation:save'> {
      const id = i.id ?? deps.newId();
      const existing = i.id ? stores.regulations.get(i.id) : undefined;
      if (i.id && !existing) throw new AppFailure('not_found', 'regulation not found');
      let file: Pick<Regulation, 'fileName' | 'mediaType' | 'fileSha256' | 'fileBytes'>;
      let bytes: Buffer | null = null;
      if (i.filePath) {
        bytes = readChosenFile(i.filePath);
        file = {
          fileName: path.basename(i.filePath).slice(0, 200),
          mediaType: sniffMediaType(bytes),
          fileSha256: createHash('sha256').update(bytes).digest('hex'),
          fileBytes: bytes.length,
        };
      } else if (existing) {
        file = existing;
      } else {
        throw new AppFailure('invalid_input', 'a new regulation needs its PDF file');
      }
      const target = fileOf(file.fileSha256);
      const wrote = bytes !== null && file.mediaType === PDF_MEDIA_TYPE && !fs.existsSync(target);
      if (wrote && bytes) writeFileAtomic(target, bytes);
      const regulation: Regulation = {
        id,
        title: i.title,
        number: i.number,
        version: i.version,
        effectiveDate: i.effectiveDate,
        category: i.category,
        fileName: file.fileName,
        mediaType: file.mediaType,
        fileSha256: file.fileSha256,
        fileBytes: file.fileBytes,
        updatedAt: deps.now().toISOString(),
        updatedBy: me.id,
      };
      const outcome = deps.executor.apply('regulation.save', { regulation }, actorOf(me));
      if (!outcome.ok && wrote) fs.rmSync(target, { force: true });
      failOnMutation(outcome);
      return { id };
    },

    remove(me: Staff, regulationId: string): ChannelOutput<'regulation:remove'> {
      const r = stores.regulations.get(regulationId);
      failOnMutation(deps.executor.apply('regulation.remove', { regulationId }, actorOf(me)));
      // The file goes too once no entry names it (the same PDF may serve two entries).
      if (r && !stores.regulations.all().some((o) => o.fileSha256 === r.fileSha256)) fs.rmSync(fileOf(r.fileSha256), { force: true });
      return { done: true };
    },
  };
};
export type RegulationService = ReturnType<typeof createRegulationService>;
