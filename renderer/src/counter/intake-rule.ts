import { serviceModeFor, unitsForItems } from '../../../shared/domain/escort';
import type { BusinessItem } from '../../../shared/domain/reference';

/**
 * What the counter sees while picking business items: the units involved (the first is the
 * receiving unit) and whether the visit will need an escort. Main applies the same rule at intake.
 */
export interface IntakeRule {
  unitIds: string[];
  receivingUnitId: string | null;
  /** null until an item is picked. */
  mode: 'escort' | 'direct' | null;
  /** Why: two or more units, the counter asked, or one unit serves directly. */
  why: 'units' | 'requested' | 'single' | null;
}

export const intakeRule = (itemIds: readonly string[], items: readonly BusinessItem[], escortRequested: boolean): IntakeRule => {
  const unitOf = new Map(items.map((i) => [i.id, i.unitId]));
  const unitIds = unitsForItems(itemIds, (id) => unitOf.get(id));
  if (unitIds.length === 0) return { unitIds, receivingUnitId: null, mode: null, why: null };
  const mode = serviceModeFor(unitIds.length, escortRequested);
  const why = unitIds.length >= 2 ? 'units' : mode === 'escort' ? 'requested' : 'single';
  return { unitIds, receivingUnitId: unitIds[0] ?? null, mode, why };
};

/** Whether a business item matches what the clerk typed: its code (E01, e0) or any part of its name or unit. */
export const itemMatches = (typed: string, item: Pick<BusinessItem, 'code' | 'name'>, unitName: string): boolean => {
  const q = typed.trim().toLowerCase();
  if (q === '') return true;
  return item.code.toLowerCase().startsWith(q) || item.name.toLowerCase().includes(q) || unitName.includes(q);
};
