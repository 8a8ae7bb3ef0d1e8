import { redirect } from 'next/navigation';
import { ADMIN_ROUTES, type AdminRoute } from './admin-routes';
import { can } from './roles';
import { getViewer, type Viewer } from './session';


export type PageAccess = { ok: true; viewer: Viewer } | { ok: false; viewer: Viewer };

/**
 * The first line of every protected admin page: anonymous visitors go to the sign-in page (and come back after),
 * a signed-in user without the permission gets the 403 page.
 */
export async function pageAccess(route: AdminRoute, returnTo: string = route): Promise<PageAccess> {
  const permission = ADMIN_ROUTES[route];
  const viewer = await getViewer();
  if (!viewer) redirect(`/admin/login?next=${encodeURIComponent(returnTo)}`);
  if (permission !== 'public' && !can(viewer.role, permission)) return { ok: false, viewer };
  return { ok: true, viewer };
}

/** Only same-site paths under /admin are followed after sign-in: anything else would be an open redirect. */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/admin') || raw.startsWith('//') || raw.includes('\\') || /[\u0000-\u001f]/.test(raw)) return '/admin';
  try {
    const url = new URL(raw, 'http://dateline.invalid');
    return url.origin === 'http://dateline.invalid' && url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/login')
      ? url.pathname + url.search
      : '/admin';
  } catch {
    return '/admin';
  }
}
