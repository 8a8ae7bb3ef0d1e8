import type { Permission } from './roles';

/**
 * Every page and route handler under /admin (and the auth API) with what it requires. The authorisation matrix
 * test discovers the routes on disk and fails for any route missing here.
 */
export const ADMIN_ROUTES = {
  '/admin': 'admin:enter',
  '/admin/profile': 'profile:edit',
  '/admin/users': 'users:manage',
  '/admin/audit': 'audit:read',
  '/admin/login': 'public',
  '/admin/invite/[token]': 'public',
  '/api/auth/[...all]': 'public',
} as const satisfies Record<string, Permission | 'public'>;

export type AdminRoute = keyof typeof ADMIN_ROUTES;
