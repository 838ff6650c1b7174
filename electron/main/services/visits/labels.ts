import type { ProductCategory } from '../../../../shared/domain/inspection-case';
import type { VisitOccasion as DomainOccasion, VisitServiceMode as DomainMode } from '../../../../shared/domain/visit';
import type { VisitOccasion, VisitServiceMode } from '../../pdf/visit-record-sheet-input';

/** 商品類別 as printed on forms (the same words as the renderer's case screens, with 商品 where it reads better). */
export const PRODUCT_CATEGORY_LABELS: Record<ProductCategory, string> = {
  electrical: '電器商品',
  mechanical: '機械商品',
  chemical: '化學化工商品',
  food: '食品',
  metrology: '度量衡器',
  other: '其他',
};

/** The domain's service modes and occasions, as the PDF inputs name them. */
export const PDF_SERVICE_MODE: Record<DomainMode, VisitServiceMode> = { on_site: 'onsite', phone: 'phone', letter: 'written' };
export const PDF_OCCASION: Record<DomainOccasion, VisitOccasion> = {
  business_request: 'business_request',
  violation: 'violation_inspection',
  sampling: 'sampling_check',
  certification: 'certification_followup',
  accident: 'accident_followup',
};
