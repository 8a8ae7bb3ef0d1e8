import { NextResponse, type NextRequest } from 'next/server';
import { sessionCookieName } from '@/lib/auth/cookies';
import { isPrivatePath, privateContentSecurityPolicy } from '@/lib/security/headers.mjs';
import { canonicalPath, mayBeNonCanonical } from '@/lib/seo/canonical-path';

const PUBLIC_ADMIN_PATHS = ['/admin/login', '/admin/invite/', '/admin/forgot-password', '/admin/reset-password/'];

/**
 * Next's proxy runs only where it must, because running it at all costs a cached page a third of its throughput
 * (measured: a cached section front, which skips it, 1,030–1,230 req/s like /robots.txt; a cached article that ran it
 * 620–850). The homepage's edition and the story addresses' 301, 410 and Last-Modified are answered before Next, in
 * server.mjs (lib/http/edition.mjs, lib/http/story-address.ts). Here:
 * - /admin: without a valid session, to the sign-in page; without the role a page needs, 403. Answered here so
 *   the status is right before any page streams. Every admin page, server action and route handler still checks
 *   the session and the role itself: this is never the only guard.
 * - Non-canonical variants of an address (a trailing slash, upper case): 301 to the canonical one, or to where an
 *   editor's redirect leads (lib/seo/canonical-answer.ts). Next's own answer to a trailing slash would be 308.
 * - The newsroom's pages (/admin, /preview) get a Content-Security-Policy with a nonce made for this request, which
 *   Next puts on its scripts (lib/security/headers.mjs has every other security header; server.mjs sends them).
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isPrivatePath(pathname)) return withNonce(request, await newsroomAnswer(request));
  const canonical = mayBeNonCanonical(pathname) ? canonicalPath(pathname) : null;
  if (canonical) {
    const { canonicalAnswer } = await import('@/lib/seo/canonical-answer');
    const answer = await canonicalAnswer(request, canonical);
    if (answer) return answer;
  }
  return NextResponse.next();
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

export const config = {
  matcher: [
    '/admin',
    '/admin/:path*',
    '/preview/:path*',
    // Non-canonical variants: a trailing slash (next.config.js skips Next's own 308 for it), or upper case outside
    // the application's own addresses. Matched case-sensitively, so lower-case addresses never run the proxy.
    '/((?!_next/|api/).+)/',
    '/((?!_next/|api/|media/|og/|admin|preview/|newsletters/(?:confirm|manage|unsubscribe)/|comments/confirm/)[^A-Z]*[A-Z].*)',
  ],
};
