import type { Harness } from '../support/harness';
import { arrangeOk } from './arrange';

/** Cases arranged straight through the dispatcher (the arranging administrator), as another counter would. */

export interface ArrangedCase {
  caseNumber: string;
  company: string;
  ubn?: string | null;
  product: string;
  model?: string;
  category?: 'electrical' | 'mechanical' | 'chemical' | 'food' | 'metrology' | 'other';
  unitId?: string;
  /** Milestones after 受理, in order (each a second later than the one before). */
  progress?: ('sampling' | 'testing' | 'reviewing' | 'completed' | 'supplement' | 'rejected' | 'withdrawn')[];
}

export const arrangeCase = async (harness: Harness, c: ArrangedCase): Promise<string> => {
  const { caseId } = await arrangeOk<{ caseId: string }>(harness, 'case:create', {
    caseNumber: c.caseNumber,
    company: { name: c.company, ubn: c.ubn ?? null },
    contactName: '',
    contactPhone: '',
    category: c.category ?? 'electrical',
    productName: c.product,
    productModel: c.model ?? '',
    unitId: c.unitId ?? 'unit-s1',
    officerId: null,
  });
  let at = Date.now();
  for (const kind of c.progress ?? []) {
    at += 1000;
    await arrangeOk(harness, 'case:addMilestone', { caseId, kind, at: new Date(at).toISOString(), note: '' });
  }
  return caseId;
};

/** A handful of cases in different states, for lists worth looking at. */
export const arrangeSomeCases = async (harness: Harness): Promise<void> => {
  await arrangeCase(harness, { caseNumber: 'TN-1150002', company: '大同電機工業股份有限公司', ubn: '22099131', product: '電冰箱', model: 'RF-450', progress: ['sampling', 'testing'] });
  await arrangeCase(harness, { caseNumber: 'TN-1150003', company: '聲寶電機股份有限公司', ubn: '11384106', product: '除濕機', model: 'AD-18', progress: ['supplement'] });
  await arrangeCase(harness, { caseNumber: 'TN-1150004', company: '台灣松下電機股份有限公司', ubn: null, product: '電子鍋', model: 'SR-10', progress: ['sampling', 'testing', 'reviewing', 'completed'] });
  await arrangeCase(harness, { caseNumber: 'KH-1150005', company: '永信機械有限公司', ubn: null, product: '手提電鑽', model: 'D-13', category: 'mechanical', unitId: 'unit-s2', progress: ['rejected'] });
};
