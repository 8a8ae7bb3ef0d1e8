import { NextResponse, type NextRequest } from 'next/server';
import { siteConfig } from '@/lib/config/site';
import { siteDay } from '@/lib/dates/format';

/**
 * "/" is served by the day's edition (app/(site)/edition/[day]): the date in the site's time zone becomes part
 * of the cached route, so the masthead changes at midnight there without giving up the full-route cache.
 * (Next itself requests /edition/<day> when it renders an edition, so that path must stay reachable; its
 * canonical URL is "/".)
 */
export function proxy(request: NextRequest) {
  const day = siteDay(new Date(), siteConfig().timeZone);
  return NextResponse.rewrite(new URL(`/edition/${day}${request.nextUrl.search}`, request.url));
}

export const config = { matcher: ['/'] };
