import type { Staff } from '../../../shared/domain/reference';
import type { MutationActor } from '../../../shared/mutations/define';

/** The mutation actor for a signed-in staff member. */
export const actorOf = (s: Staff): MutationActor => ({ staffId: s.id, roles: s.roles });
