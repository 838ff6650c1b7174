import type { Role } from '../../../../shared/domain/roles';
import type { AppState } from '../types';

const NO_ROLES: readonly Role[] = [];

export const sessionSelectors = {
  session: (s: AppState) => s.session,
  roles: (s: AppState): readonly Role[] => s.session?.roles ?? NO_ROLES,
  isAdmin: (s: AppState) => s.session?.roles.includes('admin') ?? false,
  locked: (s: AppState) => s.locked,
  lockReason: (s: AppState) => s.lockReason,
  sessionEnded: (s: AppState) => s.sessionEnded,
  idleLockMinutes: (s: AppState) => s.session?.idleLockMinutes ?? 10,
  setup: (s: AppState) => s.setup,
  login: (s: AppState) => s.login,
  logout: (s: AppState) => s.logout,
  lock: (s: AppState) => s.lock,
  touch: (s: AppState) => s.touch,
  unlock: (s: AppState) => s.unlock,
  changePassword: (s: AppState) => s.changePassword,
  refreshSession: (s: AppState) => s.refreshSession,
};
