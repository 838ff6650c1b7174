import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';
import type { StaffRow } from '../stores/reference/slice';

export interface StaffLookup {
  /** Active inspectors and chiefs: who may be sent on a visit. */
  inspectors: StaffRow[];
  staffName: (id: string) => string | undefined;
  unitName: (id: string) => string;
}

/** The staff list (read once per mount) as the visit screens need it. */
export const useStaffLookup = (): StaffLookup => {
  const staff = useAppStore(useShallow(referenceSelectors.staffSorted));
  const unitNames = useAppStore(useShallow(referenceSelectors.unitNames));
  const loadStaff = useAppStore(referenceSelectors.loadStaff);
  useEffect(() => {
    void loadStaff();
  }, [loadStaff]);
  return useMemo(() => {
    const byId = new Map(staff.map((s) => [s.id, s.name]));
    return {
      inspectors: staff.filter((s) => s.active && (s.roles.includes('inspector') || s.roles.includes('chief'))),
      staffName: (id) => byId.get(id),
      unitName: (id) => unitNames[id] ?? id,
    };
  }, [staff, unitNames]);
};
