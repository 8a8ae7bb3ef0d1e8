import { NextResponse, type NextRequest } from 'next/server';
import { sessionCookieName } from '@/lib/auth/cookies';
import { siteConfig } from '@/lib/config/site';
import { siteDay } from '@/lib/dates/format';
import { canonicalPath, mayBeNonCanonical } from '@/lib/seo/canonical-path';

const PUBLIC_ADMIN_PATHS = ['/admin/login', '/admin/invite/'];

/**
 * Four jobs, all cheap:
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
 *   the router's RSC requests. An article's page load also gets Last-Modified, and If-Modified-Since is answered
 *   304 here (lib/seo/last-modified.ts: a Map read too); Next itself answers If-None-Match from the page's ETag.
 * - Non-canonical variants of an address (a trailing slash, upper case): 301 to the canonical one
 *   (lib/seo/canonical-answer.ts). Next's own answer to a trailing slash would be 308.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === '/') {
    const day = siteDay(new Date(), siteConfig().timeZone);
    return NextResponse.rewrite(new URL(`/edition/${day}${search}`, request.url));
  }
  const canonical = mayBeNonCanonical(pathname) ? canonicalPath(pathname) : null;
  if (canonical) {
    const { canonicalAnswer } = await import('@/lib/seo/canonical-answer');
    const answer = await canonicalAnswer(request, canonical);
    if (answer) return answer;
  }
  if (pathname !== '/admin' && !pathname.startsWith('/admin/')) {
    const { redirectAnswer } = await import('@/lib/redirects/proxy-answer');
    const redirect = await redirectAnswer(request);
    if (redirect) return redirect;
    const { lastModifiedAnswer } = await import('@/lib/seo/last-modified');
    return lastModifiedAnswer(request);
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
    // Non-canonical variants: a trailing slash (next.config.js skips Next's own 308 for it), or upper case outside
    // the application's own addresses. Matched case-sensitively, so lower-case addresses never run the proxy.
    '/((?!_next/|api/).+)/',
    '/((?!_next/|api/|media/|og/|admin|preview/)[^A-Z]*[A-Z].*)',
  ],
};
