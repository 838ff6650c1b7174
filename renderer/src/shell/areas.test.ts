import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../shared/domain/roles';
import { AREAS, areaOfPath, areasFor } from './areas';

const keys = (roles: Parameters<typeof areasFor>[0]) => areasFor(roles).map((a) => a.key);

describe('role → area map', () => {
  it('gives each role its areas, and everyone the home page', () => {
    expect(keys(['counter'])).toEqual(['home', 'counter', 'cases', 'signoff']);
    expect(keys(['inspector'])).toEqual(['home', 'counter', 'visits', 'vehicles', 'cases', 'accidents', 'seals', 'signoff']);
    expect(keys(['chief'])).toEqual([
      'home',
      'counter',
      'visits',
      'vehicles',
      'cases',
      'accidents',
      'seals',
      'signoff',
      'reports',
    ]);
    expect(keys(['secretariat'])).toEqual(['home', 'vehicles', 'signoff']);
    expect(keys(['admin'])).toEqual(['home', 'cases', 'signoff', 'reports', 'settings']);
    expect(keys([])).toEqual(['home']);
  });

  it('unions the areas of several roles without duplicates', () => {
    expect(keys(['counter', 'admin'])).toEqual(['home', 'counter', 'cases', 'signoff', 'reports', 'settings']);
    expect(keys([...ROLES])).toEqual(AREAS.map((a) => a.key));
  });

  it('lets every escort reach the counter board and everyone who writes or signs sheets reach 紀錄陳核', () => {
    for (const role of ['counter', 'inspector', 'chief'] as const) expect(keys([role])).toContain('counter');
    for (const role of ROLES) expect(keys([role])).toContain('signoff');
  });

  it('gives each area its own Alt digit and path', () => {
    expect(new Set(AREAS.map((a) => a.digit)).size).toBe(AREAS.length);
    expect(new Set(AREAS.map((a) => a.path)).size).toBe(AREAS.length);
    expect(AREAS.filter((a) => a.key !== 'home').map((a) => a.digit)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('finds the area of a nested path', () => {
    expect(areaOfPath('/settings/staff')?.key).toBe('settings');
    expect(areaOfPath('/counter/visit/v1')?.key).toBe('counter');
    expect(areaOfPath('/signoff/records/r1')?.key).toBe('signoff');
    expect(areaOfPath('/cases/print-jobs')?.key).toBe('cases');
    expect(areaOfPath('/')?.key).toBe('home');
    expect(areaOfPath('/settingsx')).toBeUndefined();
  });
});
