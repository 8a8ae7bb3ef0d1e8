import { NextResponse, type NextRequest } from 'next/server';
import { sessionCookieName } from '@/lib/auth/cookies';
import { siteConfig } from '@/lib/config/site';
import { siteDay } from '@/lib/dates/format';

const PUBLIC_ADMIN_PATHS = ['/admin/login', '/admin/invite/'];

/**
 * Three jobs, all cheap:
 * - "/" is served by the day's edition (app/(site)/edition/[day]): the date in the site's time zone becomes part
 *   of the cached route, so the masthead changes at midnight there without giving up the full-route cache.
 *   (Next itself requests /edition/<day> when it renders an edition, so that path stays reachable.)
 * - /admin: without a valid session, to the sign-in page; without the role a page needs, 403. Answered here so
 *   the status is right before any page streams. Every admin page, server action and route handler still checks
 *   the session and the role itself: this is never the only guard.
 * - Story-shaped addresses ("/section/slug", also author and tag pages), for page loads only: 301 to where a moved
 *   story leads, 410 for a deleted one. Pages cannot answer either status (they redirect other addresses with 308).
 *   The lookup is a Map read (lib/redirects/table.ts keeps the table in memory), but running the proxy at all costs
 *   a cached page about half its throughput (npm run bench), so it runs for no other reader address and not for
 *   the router's RSC requests.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === '/') {
    const day = siteDay(new Date(), siteConfig().timeZone);
    return NextResponse.rewrite(new URL(`/edition/${day}${search}`, request.url));
  }
  if (pathname !== '/admin' && !pathname.startsWith('/admin/')) {
    const { redirectAnswer } = await import('@/lib/redirects/proxy-answer');
    return (await redirectAnswer(request)) ?? NextResponse.next();
  }
  const isPublic = PUBLIC_ADMIN_PATHS.some((p) => pathname === p || pathname.startsWith(p));
  if (isPublic) return NextResponse.next();
  const verdict = request.cookies.has(sessionCookieName())
    ? await (await import('@/lib/auth/proxy-guard')).adminVerdict(request.headers, pathname)
    : 'anonymous';
  if (verdict === 'anonymous') {
    const login = new URL('/admin/login', request.url);
    login.searchParams.set('next', pathname + search);
    return NextResponse.redirect(login);
  }
  if (verdict === 'forbidden') {
    const { FORBIDDEN_HTML } = await import('@/lib/auth/proxy-guard');
    return new NextResponse(FORBIDDEN_HTML, { status: 403, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    '/',
    '/admin',
    '/admin/:path*',
    // Two segments, not Next's own files, route handlers, media or admin; page loads, not RSC requests.
    { source: '/((?!_next/|api/|media/|admin/)[^/]+/[^/]+)', missing: [{ type: 'header', key: 'rsc' }] },
  ],
};
