import { z } from 'zod';
import { dayKeySchema } from '../domain/escort';
import { PRODUCT_CATEGORIES } from '../domain/inspection-case';
import { SERVICE_CATEGORIES, timeOfDaySchema, VISIT_OCCASIONS, VISIT_SERVICE_MODES } from '../domain/visit';
import type { FactoryVisit } from '../domain/visit';
import type { MutationTx } from './define';

/**
 * The fields of 附件1 主動到府關心行動服務紀錄表. Names are copied in (not ids) so a later rename never changes
 * what a signed sheet says. A draft may leave the fields the inspector fills on site empty (null / '');
 * `missingVisitSheetFields` lists what submitting needs.
 */
export const visitSheetContentSchema = z.strictObject({
  serviceDay: dayKeySchema.nullable(),
  /** Service times (HH:MM, Taiwan); null = blank. */
  startTime: timeOfDaySchema.nullable(),
  endTime: timeOfDaySchema.nullable(),
  unitName: z.string().max(100),
  inspectorNames: z.array(z.string().max(100)).max(10),
  companyName: z.string().max(100),
  companyUbn: z.string().max(8),
  address: z.string().max(200),
  contactName: z.string().max(50),
  contactPhone: z.string().max(20),
  /** 商品類別 of the company's products. */
  productCategory: z.enum(PRODUCT_CATEGORIES),
  /** 業者詢問事項: the request's question, '' for a visit made from an occasion. */
  inquiry: z.string().max(1000),
  serviceMode: z.enum(VISIT_SERVICE_MODES),
  category: z.enum(SERVICE_CATEGORIES).nullable(),
  occasion: z.enum(VISIT_OCCASIONS),
  summary: z.string().max(2000),
  /** 是否推廣 e點通 */
  eServiceTaught: z.boolean().nullable(),
  /** 服務人次 */
  personTrips: z.number().int().min(0).max(9999).nullable(),
  /** 業者意見 */
  businessComments: z.string().max(1000),
});
export type VisitSheetContent = z.infer<typeof visitSheetContentSchema>;

export const VISIT_SHEET_REQUIRED = [
  'serviceDay',
  'inspectorNames',
  'companyName',
  'category',
  'summary',
  'eServiceTaught',
  'personTrips',
] as const;
export type VisitSheetRequiredField = (typeof VISIT_SHEET_REQUIRED)[number];

/** The required fields a sheet still lacks, in form order (empty when it may be submitted). */
export const missingVisitSheetFields = (c: VisitSheetContent): VisitSheetRequiredField[] =>
  VISIT_SHEET_REQUIRED.filter((f) => {
    switch (f) {
      case 'serviceDay':
        return c.serviceDay === null;
      case 'inspectorNames':
        return c.inspectorNames.filter((n) => n.trim() !== '').length === 0;
      case 'companyName':
        return c.companyName.trim() === '';
      case 'category':
        return c.category === null;
      case 'summary':
        return c.summary.trim() === '';
      case 'eServiceTaught':
        return c.eServiceTaught === null;
      case 'personTrips':
        return c.personTrips === null || c.personTrips < 1;
    }
  });

/** A sheet prefilled from its visit: what the office knows before the inspector serves. */
export const visitSheetContent = (
  tx: MutationTx,
  visit: FactoryVisit,
  extra: Partial<Pick<VisitSheetContent, 'summary' | 'category' | 'personTrips'>> = {},
): VisitSheetContent => {
  const company = tx.get('companies', visit.companyId);
  return {
    serviceDay: visit.dayKey,
    startTime: visit.startTime,
    endTime: visit.endTime,
    unitName: tx.get('units', visit.unitId)?.name ?? '',
    inspectorNames: visit.inspectorIds.map((id) => tx.get('staff', id)?.name ?? id),
    companyName: company?.name ?? '',
    companyUbn: company?.ubn ?? '',
    address: visit.address,
    contactName: visit.contactName,
    contactPhone: visit.contactPhone,
    productCategory: visit.category,
    inquiry: visit.requestId ? (tx.get('visit_requests', visit.requestId)?.question ?? '') : '',
    serviceMode: visit.mode,
    category: extra.category ?? null,
    occasion: visit.occasion,
    summary: extra.summary ?? '',
    eServiceTaught: null,
    personTrips: extra.personTrips ?? null,
    businessComments: '',
  };
};
