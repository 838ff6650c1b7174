import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PRODUCT_CATEGORIES } from '../../../shared/domain/inspection-case';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';

/**
 * Options for the case forms: categories, active units, and the active staff of the chosen unit
 * as officers (承辦人). staff:list is open to everyone signed in.
 */
export const useCasePickers = (unitId: string | undefined) => {
  const t = useT();
  const units = useAppStore(useShallow(referenceSelectors.activeUnits));
  const staff = useAppStore(referenceSelectors.staff);
  const loadStaff = useAppStore(referenceSelectors.loadStaff);
  useEffect(() => {
    void loadStaff();
  }, [loadStaff]);
  return useMemo(
    () => ({
      categories: PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) })),
      units: units.map((u) => ({ value: u.id, label: u.name })),
      officers: staff
        .filter((s) => s.active && s.unitId === unitId)
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-Hant'))
        .map((s) => ({ value: s.id, label: s.name })),
    }),
    [t, units, staff, unitId],
  );
};
