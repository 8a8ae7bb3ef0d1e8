import type { Permission } from './roles';

/**
 * Every page and route handler under /admin (and the auth API) with what it requires. The authorisation matrix
 * test discovers the routes on disk and fails for any route missing here.
 */
export const ADMIN_ROUTES = {
  '/admin': 'admin:enter',
  '/admin/profile': 'profile:edit',
  '/admin/articles': 'articles:write-own',
  '/admin/articles/[id]': 'articles:write-own',
  '/admin/articles/[id]/revisions': 'articles:write-own',
  '/admin/users': 'users:manage',
  '/admin/users/[id]/delete': 'users:manage',
  '/admin/audit': 'audit:read',
  '/admin/sections': 'sections:manage',
  '/admin/tags': 'tags:manage',
  '/admin/authors': 'authors:manage',
  '/admin/media': 'articles:write-own',
  '/api/admin/media': 'articles:write-own',
  '/admin/homepage': 'homepage:curate',
  // Whole site for editors and administrators; writers see their own stories (lib/analytics/insights.ts).
  '/admin/insights': 'insights:read-own',
  '/admin/insights/stories/[id]': 'insights:read-own',
  '/api/admin/insights/[table]': 'insights:read-own',
  '/admin/redirects': 'articles:edit-any',
  '/admin/import': 'content:transfer',
  '/admin/subscribers': 'subscribers:manage',
  '/admin/newsletters': 'newsletters:manage',
  '/admin/comments': 'comments:moderate',
  '/api/admin/import': 'content:transfer',
  '/api/admin/export': 'content:transfer',
  '/api/admin/subscribers/[id]': 'subscribers:manage',
  '/api/admin/commenters/[id]': 'subscribers:manage',
  '/admin/login': 'public',
  '/admin/invite/[token]': 'public',
  '/admin/forgot-password': 'public',
  '/admin/reset-password/[token]': 'public',
  '/api/auth/[...all]': 'public',
  // Page-view beacons from readers' browsers (no session; bots, prefetches and floods are not counted).
  '/api/views': 'public',
  // Whether the instance reaches its database and Redis (for the edge and load balancers); says nothing else.
  '/api/health/ready': 'public',
  // Writes buffered page views now; authenticated by the server's own key (lib/auth/internal-key.ts), not a session.
  '/api/internal/views': 'public',
  // The mail provider's bounces and complaints; authenticated by NEWSLETTER_WEBHOOK_SECRET, off without it.
  '/api/newsletters/events': 'public',
} as const satisfies Record<string, Permission | 'public'>;

export type AdminRoute = keyof typeof ADMIN_ROUTES;
