import type { BusinessItem, ParameterKey, Unit } from '../../../../shared/domain/reference';
import type { AppState } from '../types';
import type { StaffRow } from './slice';

const byOrder = (a: Unit, b: Unit) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code);
const byCode = (a: BusinessItem, b: BusinessItem) => a.code.localeCompare(b.code);

/** Selectors returning new arrays or objects must be used with `useShallow`. */
export const referenceSelectors = {
  branch: (s: AppState) => s.branch,
  referenceLoaded: (s: AppState) => s.referenceLoaded,
  staffLoaded: (s: AppState) => s.staffLoaded,
  staff: (s: AppState) => s.staff,
  /** Units in their display order. (derived: useShallow) */
  unitsSorted: (s: AppState): Unit[] => [...s.units].sort(byOrder),
  /** Active units, for pickers. (derived: useShallow) */
  activeUnits: (s: AppState): Unit[] => s.units.filter((u) => u.active).sort(byOrder),
  /** Unit id → name. (derived: useShallow) */
  unitNames: (s: AppState): Record<string, string> => Object.fromEntries(s.units.map((u) => [u.id, u.name])),
  /** Staff grouped by unit order, then name. (derived: useShallow) */
  staffSorted: (s: AppState): StaffRow[] => {
    const order = new Map(s.units.map((u) => [u.id, u.sortOrder]));
    return [...s.staff].sort(
      (a, b) => (order.get(a.unitId) ?? 1e9) - (order.get(b.unitId) ?? 1e9) || a.username.localeCompare(b.username),
    );
  },
  /** Business items of one unit, or all when unitId is null. (derived: useShallow) */
  itemsOf:
    (unitId: string | null) =>
    (s: AppState): BusinessItem[] =>
      s.businessItems.filter((b) => unitId === null || b.unitId === unitId).sort(byCode),
  businessItems: (s: AppState) => s.businessItems,
  /** Active business items in unit order, then by code: the intake catalog. (derived: useShallow) */
  activeItemsByUnit: (s: AppState): BusinessItem[] => {
    const order = new Map(s.units.map((u) => [u.id, u.sortOrder]));
    return s.businessItems
      .filter((b) => b.active)
      .sort((a, b) => (order.get(a.unitId) ?? 1e9) - (order.get(b.unitId) ?? 1e9) || byCode(a, b));
  },
  parameter: (key: ParameterKey) => (s: AppState) => s.parameters.find((p) => p.key === key)?.value,
  /** How many demo rows exist. (derived: useShallow) */
  demoCounts: (s: AppState) => ({
    staff: s.staff.filter((x) => x.demo).length,
    items: s.businessItems.filter((x) => x.demo).length,
  }),
  loadReference: (s: AppState) => s.loadReference,
  loadStaff: (s: AppState) => s.loadStaff,
  saveUnit: (s: AppState) => s.saveUnit,
  saveStaff: (s: AppState) => s.saveStaff,
  setStaffPassword: (s: AppState) => s.setStaffPassword,
  saveBusinessItem: (s: AppState) => s.saveBusinessItem,
  setParameter: (s: AppState) => s.setParameter,
  loadDemo: (s: AppState) => s.loadDemo,
};
