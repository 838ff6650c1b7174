import { z } from 'zod';
import { STOP_OUTCOMES } from '../domain/escort';
import type { EscortStop, EscortVisit } from '../domain/escort';
import { isoTimeSchema } from '../domain/reference';
import type { MutationTx } from './define';

/**
 * The fields of 附件2 專人全程服務紀錄表 as the sheet records them. Names are copied in (not ids)
 * so a later rename of a unit or a person never changes what a signed sheet says.
 */
export const escortSheetContentSchema = z.strictObject({
  dayKey: z.string(),
  visitorName: z.string().max(100),
  companyName: z.string().max(100),
  companyUbn: z.string().max(8),
  phone: z.string().max(20),
  receivingUnitName: z.string().max(100),
  escortName: z.string().max(100),
  startedAt: isoTimeSchema.nullable(),
  finishedAt: isoTimeSchema.nullable(),
  stops: z
    .array(
      z.strictObject({
        unitName: z.string().max(100),
        itemName: z.string().max(100),
        startedAt: isoTimeSchema,
        endedAt: isoTimeSchema,
        outcome: z.enum(STOP_OUTCOMES),
        note: z.string().max(500),
      }),
    )
    .min(1)
    .max(50),
  satisfaction: z.number().int().min(1).max(5).nullable(),
  visitorOpinion: z.string().max(500),
});
export type EscortSheetContent = z.infer<typeof escortSheetContentSchema>;

export const escortSheetContent = (tx: MutationTx, visit: EscortVisit, stops: readonly EscortStop[]): EscortSheetContent => {
  const visitor = tx.get('visitors', visit.visitorId);
  const company = visit.companyId ? tx.get('companies', visit.companyId) : undefined;
  const unitName = (id: string) => tx.get('units', id)?.name ?? id;
  return {
    dayKey: visit.dayKey,
    visitorName: visitor?.name ?? '',
    companyName: company?.name ?? '',
    companyUbn: company?.ubn ?? '',
    phone: visitor?.phone ?? '',
    receivingUnitName: unitName(visit.receivingUnitId),
    escortName: visit.escortId ? (tx.get('staff', visit.escortId)?.name ?? '') : '',
    startedAt: visit.serviceStartedAt,
    finishedAt: visit.finishedAt,
    stops: [...stops]
      .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || a.id.localeCompare(b.id))
      .map((s) => ({
        unitName: unitName(s.unitId),
        itemName: tx.get('business_items', s.itemId)?.name ?? s.itemId,
        startedAt: s.startedAt,
        endedAt: s.endedAt ?? s.startedAt,
        outcome: s.outcome ?? 'other',
        note: s.note,
      })),
    satisfaction: visit.satisfaction,
    visitorOpinion: visit.remarks,
  };
};
