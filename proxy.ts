import { NextResponse, type NextRequest } from 'next/server';
import { sessionCookieName } from '@/lib/auth/cookies';
import { siteConfig } from '@/lib/config/site';
import { siteDay } from '@/lib/dates/format';

const PUBLIC_ADMIN_PATHS = ['/admin/login', '/admin/invite/'];

/**
 * Two jobs, both cheap:
 * - "/" is served by the day's edition (app/(site)/edition/[day]): the date in the site's time zone becomes part
 *   of the cached route, so the masthead changes at midnight there without giving up the full-route cache.
 *   (Next itself requests /edition/<day> when it renders an edition, so that path stays reachable.)
 * - /admin: without a valid session, to the sign-in page; without the role a page needs, 403. Answered here so
 *   the status is right before any page streams. Every admin page, server action and route handler still checks
 *   the session and the role itself: this is never the only guard.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === '/') {
    const day = siteDay(new Date(), siteConfig().timeZone);
    return NextResponse.rewrite(new URL(`/edition/${day}${search}`, request.url));
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

export const config = { matcher: ['/', '/admin', '/admin/:path*'] };
