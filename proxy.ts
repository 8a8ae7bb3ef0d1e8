import { NextResponse, type NextRequest } from 'next/server';
import { siteConfig } from '@/lib/config/site';
import { siteDay } from '@/lib/dates/format';

/**
 * "/" is served by the day's edition (app/(site)/edition/[day]): the date in the site's time zone becomes part
 * of the cached route, so the masthead changes at midnight there without giving up the full-route cache.
 * Editions are not addressable directly: their one URL is "/".
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname !== '/') return NextResponse.redirect(new URL('/', request.url), 308);
  const day = siteDay(new Date(), siteConfig().timeZone);
  return NextResponse.rewrite(new URL(`/edition/${day}${request.nextUrl.search}`, request.url));
}

export const config = { matcher: ['/', '/edition/:path*'] };
