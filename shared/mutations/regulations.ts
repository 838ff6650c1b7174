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
