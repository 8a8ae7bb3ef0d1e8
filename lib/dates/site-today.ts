import { cacheTag } from 'next/cache';
import { cacheReaderData } from '@/lib/cache/lifetimes';
import { cacheTags } from '@/lib/cache/tags';
import { siteConfig } from '@/lib/config/site';
import { siteDay } from './format';

/**
 * Today in the site's time zone ("2019-07-22"), for the date at the head of every reader page. Cached, so that a
 * page showing it stays complete static output; the `site-day` tag makes this entry, and every page that read it, out
 * of date from the first minute of the next day (lib/cache/handlers/core.mjs), so no page shows yesterday's date
 * after midnight, and each is rendered again only when it is next asked for.
 */
export async function getSiteToday(): Promise<string> {
  'use cache';
  cacheTag(cacheTags.siteDay);
  cacheReaderData();
  return siteDay(new Date(), siteConfig().timeZone);
}
