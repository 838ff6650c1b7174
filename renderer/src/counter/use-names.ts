import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { BusinessItem } from '../../../shared/domain/reference';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';

export interface ReferenceNames {
  unit(id: string): string;
  item(id: string): BusinessItem | undefined;
  /** E01 電器商品報驗 */
  itemLabel(id: string): string;
}

/** Names of units and business items by id, from the cached reference data. */
export const useReferenceNames = (): ReferenceNames => {
  const unitNames = useAppStore(useShallow(referenceSelectors.unitNames));
  const items = useAppStore(referenceSelectors.businessItems);
  return useMemo(() => {
    const byId = new Map(items.map((i) => [i.id, i]));
    return {
      unit: (id) => unitNames[id] ?? id,
      item: (id) => byId.get(id),
      itemLabel: (id) => {
        const i = byId.get(id);
        return i ? `${i.code} ${i.name}` : id;
      },
    };
  }, [unitNames, items]);
};
