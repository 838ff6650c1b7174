import { z } from 'zod';
import { credentialSchema, idSchema, nameSchema, staffSchema, usernameSchema } from '../domain/reference';
import { defineMutation, MutationRejected } from './define';

export const SETUP_DONE_KEY = 'setup.completed';

/**
 * First run: create the first admin. Allowed exactly once per data set; there is no default password.
 * Runs as `system` because nobody can be signed in yet.
 */
export const createFirstAdmin = defineMutation({
  name: 'setup.createFirstAdmin',
  args: z.strictObject({
    staffId: idSchema,
    unitId: idSchema,
    name: nameSchema,
    username: usernameSchema,
    verifier: credentialSchema.shape.verifier,
  }),
  roles: 'system',
  run(tx, a, ctx) {
    if (tx.get('settings', SETUP_DONE_KEY)) {
      throw new MutationRejected('SETUP_DONE', 'first-run set-up was already completed');
    }
    if (!tx.get('units', a.unitId)) throw new MutationRejected('UNKNOWN_UNIT', 'unit does not exist');
    if (tx.findBy('staff', 'username', a.username).length > 0) {
      throw new MutationRejected('USERNAME_TAKEN', 'username already in use');
    }
    tx.put(
      'staff',
      staffSchema.parse({
        id: a.staffId,
        unitId: a.unitId,
        name: a.name,
        username: a.username,
        roles: ['admin'],
        active: true,
        demo: false,
      }),
    );
    tx.put('credentials', { staffId: a.staffId, verifier: a.verifier, updatedAt: ctx.now });
    tx.put('settings', { key: SETUP_DONE_KEY, value: { at: ctx.now, by: a.staffId } });
  },
  audit: (a) => ({ entity: 'staff', entityId: a.staffId, summary: `first admin ${a.username}` }),
});
