import type { ReactNode } from 'react';
import { useAppStore } from '../stores/app-store';
import { sessionSelectors } from '../stores/session/selectors';
import { areaByKey, canUse } from './areas';
import type { AreaKey } from './areas';
import { ForbiddenPage } from './ForbiddenPage';

/** Shows an area only to roles that may use it; anyone else gets 無權限 (main refuses them anyway). */
export const AreaGate = ({ area, children }: { area: AreaKey; children: ReactNode }) => {
  const roles = useAppStore(sessionSelectors.roles);
  return canUse(areaByKey(area), roles) ? <>{children}</> : <ForbiddenPage area={area} />;
};
