import type { Harness } from '../support/harness';
import { arrangeOk } from './arrange';

/** Arranging counter work straight through the dispatcher, as another counter window would. */

const ITEM_UNIT: Readonly<Record<string, string>> = { 'item-e01': 'unit-s1', 'item-e02': 'unit-s1', 'item-m01': 'unit-s2' };

export const arrangeVisit = async (
  harness: Harness,
  v: { name: string; items?: string[]; company?: { name: string; ubn: string | null } | null },
): Promise<string> => {
  const { visitId } = await arrangeOk<{ visitId: string }>(harness, 'escort:intake', {
    visitor: { name: v.name, phone: '0912345678' },
    company: v.company ?? null,
    itemIds: v.items ?? ['item-e01', 'item-m01'],
    escortRequested: false,
  });
  return visitId;
};

export const arrangeAssign = (harness: Harness, visitId: string, staffId: string) =>
  arrangeOk(harness, 'escort:assign', { visitId, staffId });

/** A finished escorted visit with one stop per item, its sheet submitted for sign-off; returns the sheet's id. */
export const arrangeSubmittedSheet = async (harness: Harness, name: string, escortId: string): Promise<string> => {
  const visitId = await arrangeVisit(harness, { name, company: { name: '範例電器股份有限公司', ubn: '04595257' } });
  await arrangeAssign(harness, visitId, escortId);
  for (const itemId of ['item-e01', 'item-m01']) {
    const startedAt = new Date().toISOString();
    await arrangeOk(harness, 'escort:recordStop', {
      visitId,
      unitId: ITEM_UNIT[itemId],
      itemId,
      startedAt,
      endedAt: new Date(Date.parse(startedAt) + 1000).toISOString(),
      outcome: 'done',
      note: '已辦結',
    });
  }
  const { recordId } = await arrangeOk<{ recordId: string }>(harness, 'escort:finish', { visitId, satisfaction: 4, remarks: '' });
  await arrangeOk(harness, 'record:submit', { recordId });
  return recordId;
};

/** Today in Taiwan time, YYYY-MM-DD. */
export const todayKey = (): string => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
