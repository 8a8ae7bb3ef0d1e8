import { NextResponse, type NextRequest } from 'next/server';
import { redirectAnswer } from '@/lib/redirects/proxy-answer';

/** A canonical redirect never changes; browsers and caches may keep it for a day. */
const CANONICAL_CACHE_CONTROL = 'public, max-age=86400';

/**
 * The proxy's answer for a page load of a non-canonical address (`canonical` is its canonical form): an editor's
 * redirect from the address as typed comes first (an old site's addresses may have upper case), then one from the
 * canonical address (so there is no chain of redirects), else 301 to the canonical address with the query kept.
 * Null for other methods: a form post is never redirected.
 */
export async function canonicalAnswer(request: NextRequest, canonical: string): Promise<Response | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const typed = request.nextUrl.pathname.replace(/\/+$/, '') || '/';
  const redirect = (typed !== canonical ? await redirectAnswer(request, typed) : null) ?? (await redirectAnswer(request, canonical));
  if (redirect) return redirect;
  const response = NextResponse.redirect(new URL(canonical + request.nextUrl.search, request.url), 301);
  response.headers.set('Cache-Control', CANONICAL_CACHE_CONTROL);
  return response;
}
