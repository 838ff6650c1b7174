import { taipeiInstant } from '../../../../shared/domain/visit';
import type { VisitSheetContent } from '../../../../shared/mutations/visit-sheet';
import type { FormSignOff } from '../../pdf/form-kit-sign-off';
import type { VisitRecordContent, VisitRecordSheetInput, VisitRecordSheetStatus } from '../../pdf/visit-record-sheet-input';
import { PDF_OCCASION, PDF_SERVICE_MODE, PRODUCT_CATEGORY_LABELS } from './labels';

const at = (day: string | null, time: string | null): string | null =>
  day && time ? new Date(taipeiInstant(day, time)).toISOString() : null;

/** The 附件1 renderer's content from the sheet as stored (or prefilled). */
export const visitRecordPdfContent = (c: VisitSheetContent): VisitRecordContent => ({
  serviceDay: c.serviceDay,
  startedAt: at(c.serviceDay, c.startTime),
  endedAt: at(c.serviceDay, c.endTime),
  serviceUnitName: c.unitName,
  inspectorNames: c.inspectorNames,
  companyName: c.companyName,
  companyUbn: c.companyUbn,
  address: c.address,
  contactName: c.contactName,
  contactPhone: c.contactPhone,
  productCategory: PRODUCT_CATEGORY_LABELS[c.productCategory],
  serviceMode: PDF_SERVICE_MODE[c.serviceMode],
  categories: c.category ? [c.category] : [],
  categoryOther: '',
  occasion: PDF_OCCASION[c.occasion],
  occasionOther: '',
  inquiry: c.inquiry,
  summary: c.summary,
  eServiceTaught: c.eServiceTaught,
  personTrips: c.personTrips,
  businessComments: c.businessComments,
});

export const visitRecordPdfInput = (f: {
  branchName: string;
  content: VisitSheetContent;
  status: VisitRecordSheetStatus;
  signOff: FormSignOff | null;
  recordId: string;
}): Omit<VisitRecordSheetInput, 'printedAt' | 'fontDir'> => ({
  branchName: f.branchName,
  content: visitRecordPdfContent(f.content),
  status: f.status,
  signOff: f.signOff,
  recordId: f.recordId,
});
