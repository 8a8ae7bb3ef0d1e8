import { NextResponse, type NextRequest } from 'next/server';
import { sessionCookieName } from '@/lib/auth/cookies';
import { siteConfig } from '@/lib/config/site';
import { addDaysToDay, siteDay } from '@/lib/dates/format';
import { isPrivatePath, privateContentSecurityPolicy } from '@/lib/security/headers.mjs';
import { canonicalPath, mayBeNonCanonical } from '@/lib/seo/canonical-path';

const PUBLIC_ADMIN_PATHS = ['/admin/login', '/admin/invite/'];
/** How long after midnight (site time) yesterday's edition still answers: a render or a router request under way. */
const EDITION_TURNOVER_MS = 10 * 60 * 1000;
/** Any address that renders the site's 404 page, for answers the proxy decides are "not found". */
const NOT_FOUND_PATH = '/removed/elsewhere';

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
 *   a cached page a third of its throughput (measured: a cached section front, which skips the proxy, 1,030–1,230
 *   req/s like /robots.txt; a cached article 700–780), so it runs for no other reader address and not for the
 *   router's RSC requests. An article's page load also gets Last-Modified, and If-Modified-Since is answered
 *   304 here (lib/seo/last-modified.ts: a Map read too); Next itself answers If-None-Match from the page's ETag.
 * - Non-canonical variants of an address (a trailing slash, upper case): 301 to the canonical one
 *   (lib/seo/canonical-answer.ts). Next's own answer to a trailing slash would be 308.
 * - An edition asked for by its own address answers only for today (and, for a few minutes after midnight,
 *   yesterday): any other date is the site's 404, so nobody can fill the cache with a homepage per date.
 * - The newsroom's pages (/admin, /preview) get a Content-Security-Policy with a nonce made for this request, which
 *   Next puts on its scripts (lib/security/headers.mjs has every other security header; server.mjs sends them).
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === '/') {
    const day = siteDay(new Date(), siteConfig().timeZone);
    return NextResponse.rewrite(new URL(`/edition/${day}${search}`, request.url));
  }
  if (pathname.startsWith('/edition/')) {
    return isCurrentEdition(pathname.slice('/edition/'.length)) ? NextResponse.next() : NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  }
  if (isPrivatePath(pathname)) return withNonce(request, await newsroomAnswer(request));
  const canonical = mayBeNonCanonical(pathname) ? canonicalPath(pathname) : null;
  if (canonical) {
    const { canonicalAnswer } = await import('@/lib/seo/canonical-answer');
    const answer = await canonicalAnswer(request, canonical);
    if (answer) return answer;
  }
  const { redirectAnswer } = await import('@/lib/redirects/proxy-answer');
  const redirect = await redirectAnswer(request);
  if (redirect) return redirect;
  const { lastModifiedAnswer } = await import('@/lib/seo/last-modified');
  return lastModifiedAnswer(request);
}

/** The early answer for the newsroom's pages: sign-in redirect, 403, or on to the page. */
async function newsroomAnswer(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  const preview = pathname.startsWith('/preview/');
  // A signed preview link is for a colleague without an account: the page checks the signature.
  if (preview && request.nextUrl.searchParams.has('signature')) return NextResponse.next();
  const isPublic = !preview && (!pathname.startsWith('/admin') || PUBLIC_ADMIN_PATHS.some((p) => pathname === p || pathname.startsWith(p)));
  if (isPublic) return NextResponse.next();
  // When the database does not answer, the verdict is left to the page and the action, which check again and
  // then say the database is unavailable (a 500 from here would tell the editor nothing).
  const verdict = request.cookies.has(sessionCookieName())
    ? await (await import('@/lib/auth/proxy-guard')).adminVerdict(request.headers, pathname).catch(() => 'undecided' as const)
    : 'anonymous';
  if (verdict === 'anonymous') {
    const login = new URL('/admin/login', request.url);
    // After signing in, a preview's reader lands in the article's editor (sign-in returns only to /admin pages).
    login.searchParams.set('next', preview ? `/admin/articles/${pathname.slice('/preview/'.length)}` : pathname + search);
    return NextResponse.redirect(login);
  }
  if (verdict === 'forbidden') {
    const { FORBIDDEN_HTML } = await import('@/lib/auth/proxy-guard');
    return new NextResponse(FORBIDDEN_HTML, { status: 403, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  return NextResponse.next();
}

/**
 * Gives the newsroom's page a Content-Security-Policy with a fresh nonce: on the request, where Next reads it and
 * puts it on every script it renders, and on the response, where the browser enforces it.
 */
function withNonce(request: NextRequest, answer: NextResponse): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = privateContentSecurityPolicy(nonce, { https: request.nextUrl.protocol === 'https:', dev: process.env.NODE_ENV === 'development' });
  if (answer.headers.get('x-middleware-next') === '1') {
    const headers = new Headers(request.headers);
    headers.set('Content-Security-Policy', policy);
    const next = NextResponse.next({ request: { headers } });
    next.headers.set('Content-Security-Policy', policy);
    return next;
  }
  answer.headers.set('Content-Security-Policy', policy);
  return answer;
}

/** Today's edition in the site's time zone, or yesterday's for a few minutes after midnight. */
function isCurrentEdition(day: string): boolean {
  const now = Date.now();
  const { timeZone } = siteConfig();
  const today = siteDay(new Date(now), timeZone);
  return day === today || (day === addDaysToDay(today, -1) && siteDay(new Date(now - EDITION_TURNOVER_MS), timeZone) !== today);
}

export const config = {
  matcher: [
    '/',
    '/admin',
    '/admin/:path*',
    '/preview/:path*',
    '/edition/:path*',
    // Two segments, not Next's own files, route handlers, media or admin; page loads, not RSC requests.
    { source: '/((?!_next/|api/|media/|admin/)[^/]+/[^/]+)', missing: [{ type: 'header', key: 'rsc' }] },
    // Non-canonical variants: a trailing slash (next.config.js skips Next's own 308 for it), or upper case outside
    // the application's own addresses. Matched case-sensitively, so lower-case addresses never run the proxy.
    '/((?!_next/|api/).+)/',
    '/((?!_next/|api/|media/|og/|admin|preview/)[^A-Z]*[A-Z].*)',
  ],
};
