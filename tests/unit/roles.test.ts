import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, ROLES, type Permission, type Role } from '@/lib/auth/roles';

// The written permission matrix (README "Roles"): one row per permission, columns in ROLES order.
const MATRIX: Record<Permission, [boolean, boolean, boolean, boolean]> = {
  'admin:enter': [true, true, true, true],
  'profile:edit': [true, true, true, true],
  'articles:write-own': [true, true, true, true],
  'articles:submit': [true, true, true, true],
  'articles:publish-own': [false, true, true, true],
  'articles:edit-any': [false, false, true, true],
  'articles:publish-any': [false, false, true, true],
  'sections:manage': [false, false, true, true],
  'tags:manage': [false, false, true, true],
  'authors:manage': [false, false, true, true],
  'homepage:curate': [false, false, true, true],
  'newsletters:manage': [false, false, true, true],
  'comments:moderate': [false, false, true, true],
  'insights:read-own': [true, true, true, true],
  'insights:read-all': [false, false, true, true],
  'users:manage': [false, false, false, true],
  'settings:manage': [false, false, false, true],
  'audit:read': [false, false, false, true],
  'content:transfer': [false, false, false, true],
  'subscribers:manage': [false, false, false, true],
};

describe('role permissions', () => {
  it('covers every permission in the written matrix', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...PERMISSIONS].sort());
  });

  for (const permission of PERMISSIONS) {
    it(`grants "${permission}" exactly as the matrix says`, () => {
      const granted = ROLES.map((role: Role) => can(role, permission));
      expect(granted).toEqual(MATRIX[permission]);
    });
  }

  it('never lets a contributor publish or manage people', () => {
    expect(can('contributor', 'articles:publish-own')).toBe(false);
    expect(can('contributor', 'users:manage')).toBe(false);
  });
});
