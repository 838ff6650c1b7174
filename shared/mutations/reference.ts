import { z } from 'zod';
import {
  branchSchema,
  businessItemSchema,
  credentialSchema,
  idSchema,
  parameterKeySchema,
  PARAMETER_RANGES,
  parameterSchema,
  staffSchema,
  unitSchema,
} from '../domain/reference';
import type { MutationTx } from './define';
import { defineMutation, MutationRejected } from './define';

const requireUnit = (tx: MutationTx, unitId: string): void => {
  if (!tx.get('units', unitId)) throw new MutationRejected('UNKNOWN_UNIT', 'unit does not exist');
};

/** Seed the reference data on first run: only rows that are absent are written, so it is idempotent. */
export const seedReferenceData = defineMutation({
  name: 'reference.seed',
  args: z.strictObject({
    branch: branchSchema,
    units: z.array(unitSchema).max(100),
    businessItems: z.array(businessItemSchema).max(2000),
    parameters: z.array(parameterSchema).max(100),
  }),
  roles: 'system',
  run(tx, a) {
    if (!tx.get('branches', a.branch.id)) tx.put('branches', a.branch);
    for (const u of a.units) if (!tx.get('units', u.id)) tx.put('units', u);
    for (const b of a.businessItems) if (!tx.get('business_items', b.id)) tx.put('business_items', b);
    for (const p of a.parameters) if (!tx.get('parameters', p.key)) tx.put('parameters', p);
  },
  audit: (a) => ({
    entity: 'branches',
    entityId: a.branch.id,
    summary: `seed ${a.units.length} units, ${a.businessItems.length} items, ${a.parameters.length} parameters`,
  }),
});

export const saveUnit = defineMutation({
  name: 'unit.save',
  args: z.strictObject({ unit: unitSchema }),
  roles: ['admin'],
  run(tx, { unit }) {
    if (!tx.get('branches', unit.branchId)) throw new MutationRejected('UNKNOWN_BRANCH', 'branch does not exist');
    const sameCode = tx.findBy('units', 'branchId', unit.branchId).find((u) => u.code === unit.code && u.id !== unit.id);
    if (sameCode) throw new MutationRejected('CODE_TAKEN', 'unit code already in use', { code: unit.code });
    tx.put('units', unit);
  },
  audit: ({ unit }) => ({ entity: 'units', entityId: unit.id, summary: `save unit ${unit.code} ${unit.name}` }),
});

const countActiveAdmins = (tx: MutationTx): number =>
  tx.all('staff').filter((s) => s.active && s.roles.includes('admin')).length;

export const saveStaff = defineMutation({
  name: 'staff.save',
  args: z.strictObject({ staff: staffSchema }),
  roles: ['admin'],
  run(tx, { staff }) {
    requireUnit(tx, staff.unitId);
    const taken = tx.findBy('staff', 'username', staff.username).some((s) => s.id !== staff.id);
    if (taken) throw new MutationRejected('USERNAME_TAKEN', 'username already in use', { username: staff.username });
    const before = tx.get('staff', staff.id);
    const wasAdmin = before?.active === true && before.roles.includes('admin');
    const isAdmin = staff.active && staff.roles.includes('admin');
    // The branch must never lose its last admin: nobody could then manage staff.
    if (wasAdmin && !isAdmin && countActiveAdmins(tx) <= 1) {
      throw new MutationRejected('LAST_ADMIN', 'cannot remove the last active admin');
    }
    tx.put('staff', staff);
  },
  audit: ({ staff }) => ({
    entity: 'staff',
    entityId: staff.id,
    summary: `save staff ${staff.username} roles=${staff.roles.join(',')} active=${staff.active}`,
  }),
});

export const setPassword = defineMutation({
  name: 'staff.setPassword',
  args: z.strictObject({ staffId: idSchema, verifier: credentialSchema.shape.verifier }),
  roles: ['admin'],
  // Anyone may change their own password.
  allow: (a, ctx) => a.staffId === ctx.actor.staffId,
  run(tx, a, ctx) {
    if (!tx.get('staff', a.staffId)) throw new MutationRejected('UNKNOWN_STAFF', 'staff does not exist');
    tx.put('credentials', { staffId: a.staffId, verifier: a.verifier, updatedAt: ctx.now });
  },
  audit: (a) => ({ entity: 'credentials', entityId: a.staffId, summary: 'password changed' }),
});

export const saveBusinessItem = defineMutation({
  name: 'businessItem.save',
  args: z.strictObject({ item: businessItemSchema }),
  roles: ['admin'],
  run(tx, { item }) {
    requireUnit(tx, item.unitId);
    const sameCode = tx.findBy('business_items', 'code', item.code).some((b) => b.id !== item.id);
    if (sameCode) throw new MutationRejected('CODE_TAKEN', 'business item code already in use', { code: item.code });
    tx.put('business_items', item);
  },
  audit: ({ item }) => ({ entity: 'business_items', entityId: item.id, summary: `save item ${item.code} ${item.name}` }),
});

export const setParameter = defineMutation({
  name: 'parameter.set',
  args: z.strictObject({ key: parameterKeySchema, value: z.number().finite() }),
  roles: ['admin'],
  run(tx, { key, value }) {
    const range = PARAMETER_RANGES[key];
    if (value < range.min || value > range.max) {
      throw new MutationRejected('OUT_OF_RANGE', 'parameter out of range', { min: range.min, max: range.max });
    }
    tx.put('parameters', { key, value });
  },
  audit: ({ key, value }) => ({ entity: 'parameters', entityId: key, summary: `${key}=${value}` }),
});

/** Load the demo data set (staff and items marked demo). Idempotent: existing rows are left alone. */
export const loadDemoData = defineMutation({
  name: 'demo.load',
  args: z.strictObject({
    staff: z.array(staffSchema.extend({ demo: z.literal(true) })).max(500),
    businessItems: z.array(businessItemSchema.extend({ demo: z.literal(true) })).max(2000),
  }),
  roles: ['admin'],
  run(tx, a) {
    for (const s of a.staff) {
      requireUnit(tx, s.unitId);
      if (!tx.get('staff', s.id) && tx.findBy('staff', 'username', s.username).length === 0) tx.put('staff', s);
    }
    for (const b of a.businessItems) {
      requireUnit(tx, b.unitId);
      if (!tx.get('business_items', b.id) && tx.findBy('business_items', 'code', b.code).length === 0) {
        tx.put('business_items', b);
      }
    }
  },
  audit: (a) => ({ entity: 'staff', entityId: 'demo', summary: `demo ${a.staff.length} staff, ${a.businessItems.length} items` }),
});
