import type { Role } from '../../../shared/domain/roles';
import type { MessageKey } from '../i18n/dictionary';

/**
 * The app's areas and who may use them: the one place the role → area map lives. The renderer
 * only hides what a role cannot use; main enforces roles on every channel regardless.
 */
export const AREA_KEYS = [
  'home',
  'counter',
  'visits',
  'vehicles',
  'cases',
  'accidents',
  'seals',
  'signoff',
  'reports',
  'settings',
] as const;
export type AreaKey = (typeof AREA_KEYS)[number];

export interface Area {
  key: AreaKey;
  path: string;
  label: MessageKey;
  info: MessageKey;
  /** Alt+<digit> jumps here; 0 is home. */
  digit: number;
  /** 'everyone': any signed-in person. */
  roles: 'everyone' | readonly Role[];
  /** Whether the area is built; unbuilt areas show an honest placeholder. */
  built: boolean;
}

const FIELD: readonly Role[] = ['inspector', 'chief'];
/** Anyone who may escort a visitor: the counter itself, and staff of the receiving unit. */
const ESCORTING: readonly Role[] = ['counter', ...FIELD];
/**
 * Anyone who may author or sign a record sheet: escorts write them, chiefs sign them, and an admin
 * may appoint any colleague (even one with no other role) as a signing deputy.
 */
const SIGN_OFF: readonly Role[] = [...ESCORTING, 'secretariat', 'admin'];

export const AREAS: readonly Area[] = [
  { key: 'home', path: '/', label: 'area.home', info: 'areaInfo.home', digit: 0, roles: 'everyone', built: true },
  { key: 'counter', path: '/counter', label: 'area.counter', info: 'areaInfo.counter', digit: 1, roles: ESCORTING, built: true },
  { key: 'visits', path: '/visits', label: 'area.visits', info: 'areaInfo.visits', digit: 2, roles: FIELD, built: true },
  {
    key: 'vehicles',
    path: '/vehicles',
    label: 'area.vehicles',
    info: 'areaInfo.vehicles',
    digit: 3,
    roles: [...FIELD, 'secretariat'],
    built: true,
  },
  {
    key: 'cases',
    path: '/cases',
    label: 'area.cases',
    info: 'areaInfo.cases',
    digit: 4,
    // The administrator too: main lets them import the bureau's exports and print test labels.
    roles: ['counter', ...FIELD, 'admin'],
    built: true,
  },
  { key: 'accidents', path: '/accidents', label: 'area.accidents', info: 'areaInfo.accidents', digit: 5, roles: FIELD, built: false },
  { key: 'seals', path: '/seals', label: 'area.seals', info: 'areaInfo.seals', digit: 6, roles: FIELD, built: false },
  { key: 'signoff', path: '/signoff', label: 'area.signoff', info: 'areaInfo.signoff', digit: 7, roles: SIGN_OFF, built: true },
  { key: 'reports', path: '/reports', label: 'area.reports', info: 'areaInfo.reports', digit: 8, roles: ['chief', 'admin'], built: false },
  { key: 'settings', path: '/settings', label: 'area.settings', info: 'areaInfo.settings', digit: 9, roles: ['admin'], built: true },
];

export const areaByKey = (key: AreaKey): Area => {
  const area = AREAS.find((a) => a.key === key);
  if (!area) throw new Error(`unknown area ${key}`);
  return area;
};

export const canUse = (area: Area, roles: readonly Role[]): boolean =>
  area.roles === 'everyone' || area.roles.some((r) => roles.includes(r));

/** The areas a person holding these roles may use, in menu order. */
export const areasFor = (roles: readonly Role[]): Area[] => AREAS.filter((a) => canUse(a, roles));

/** The area a path belongs to (`/settings/staff` → settings). */
export const areaOfPath = (pathname: string): Area | undefined =>
  AREAS.find((a) => a.path !== '/' && (pathname === a.path || pathname.startsWith(`${a.path}/`))) ??
  (pathname === '/' || pathname === '' ? areaByKey('home') : undefined);

export const shortcutLabel = (area: Area): string => `Alt+${area.digit}`;
