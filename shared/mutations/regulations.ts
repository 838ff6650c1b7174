import { z } from 'zod';
import { idSchema } from '../domain/reference';
import { regulationSchema } from '../domain/visit';
import { defineMutation, MutationRejected } from './define';

/**
 * The regulations library (法規及技術規範) an admin keeps for visit kits. The file itself stays on disk under
 * the data folder, named by its SHA-256; the row carries the hash, size and the media type the desktop found
 * by reading the file's first bytes. Only PDFs go into a kit, so anything else is refused here (on the hub
 * too) as REGULATION_NOT_PDF.
 */
export const PDF_MEDIA_TYPE = 'application/pdf';

/** The largest regulation file accepted (a scanned standard of a few hundred pages fits); the hub's blob limit too. */
export const MAX_REGULATION_BYTES = 64 * 1024 * 1024;

const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
/** A PDF has `%PDF-` within its first 1024 bytes (readers accept junk before it): the desktop's and the hub's one test. */
export const hasPdfSignature = (bytes: Uint8Array): boolean => {
  const end = Math.min(bytes.length, 1024) - PDF_SIGNATURE.length;
  for (let i = 0; i <= end; i += 1) if (PDF_SIGNATURE.every((b, j) => bytes[i + j] === b)) return true;
  return false;
};

export const saveRegulation = defineMutation({
  name: 'regulation.save',
  args: z.strictObject({ regulation: regulationSchema }),
  roles: ['admin'],
  run(tx, { regulation }, ctx) {
    if (regulation.mediaType !== PDF_MEDIA_TYPE) {
      throw new MutationRejected('REGULATION_NOT_PDF', 'a regulation file must be a PDF', { mediaType: regulation.mediaType });
    }
    if (regulation.updatedBy !== ctx.actor.staffId) throw new MutationRejected('NOT_ACTOR', 'updatedBy is the person saving it');
    tx.put('regulations', regulation);
  },
  audit: ({ regulation: r }) => ({
    entity: 'regulations',
    entityId: r.id,
    summary: `${r.number} ${r.title} (${r.version || '—'}, ${r.effectiveDate}) sha256 ${r.fileSha256.slice(0, 12)}`,
  }),
});

export const removeRegulation = defineMutation({
  name: 'regulation.remove',
  args: z.strictObject({ regulationId: idSchema }),
  roles: ['admin'],
  run(tx, a) {
    if (!tx.get('regulations', a.regulationId)) throw new MutationRejected('UNKNOWN_REGULATION', 'no such regulation');
    tx.delete('regulations', a.regulationId);
  },
  audit: (a) => ({ entity: 'regulations', entityId: a.regulationId, summary: 'regulation removed' }),
});
