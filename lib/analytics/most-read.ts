// "Most read": the stories with the most views in the last 24 hours (or the last 7 days when fewer than
// MIN_DAY_ITEMS stories were read today), from the hourly counts in ArticleViewHour.
import { cacheLife, cacheTag } from 'next/cache';
import type { Link } from '@/lib/articles/types';
import { visibleToReaders } from '@/lib/articles/visibility';
import { cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import { HOUR_MS } from './grains';
import { paths } from '@/lib/routes';

export type MostReadItem = { id: string; headline: string; url: string; section: Link; views: number };
export type MostReadWindow = '24h' | '7d';
export type MostRead = { window: MostReadWindow; items: MostReadItem[] };

/** How many stories the lists show. */
export const MOST_READ_SIZE = 5;
/** Below this many stories read in the last 24 hours, the list covers the last 7 days instead. */
export const MIN_DAY_ITEMS = 3;

const WINDOW_MS: Record<MostReadWindow, number> = { '24h': 24 * HOUR_MS, '7d': 7 * 24 * HOUR_MS };

/**
 * Pages showing the list are re-rendered in the background at most every 5 minutes, so new counts reach readers
 * within that; POST /api/internal/views refreshes them at once.
 */
export const mostReadLifetime = { stale: 60, revalidate: 300, expire: 3600 } as const;

/**
 * The stories readers can see, by views in the hourly buckets that started within `window` before `now`. Read from
 * the window's buckets alone (the index on hour, views and story), whatever the archive's size; the stories readers
 * can no longer see are dropped afterwards, so more are asked for than shown, and more again if too many dropped.
 * (Filtering by the story in the same query let planners walk every published story to look up its buckets.)
 */
async function topStories(window: MostReadWindow, now: Date, limit: number): Promise<MostReadItem[]> {
  const since = new Date(now.getTime() - WINDOW_MS[window]);
  for (let take = limit * 4; ; take *= 4) {
    const counts = await db.articleViewHour.groupBy({
      by: ['articleId'],
      where: { hour: { gt: since } },
      _sum: { views: true },
      orderBy: [{ _sum: { views: 'desc' } }, { articleId: 'asc' }],
      take,
    });
    const rows = await db.article.findMany({
      where: { AND: [{ id: { in: counts.map((c) => c.articleId) } }, visibleToReaders(now)] },
      select: { id: true, slug: true, headline: true, section: { select: { slug: true, name: true } } },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const items = counts.flatMap(({ articleId, _sum }) => {
      const row = byId.get(articleId);
      if (!row) return [];
      const section = { slug: row.section.slug, name: row.section.name, url: paths.section(row.section.slug) };
      return [{ id: row.id, headline: row.headline, url: paths.article(row.section.slug, row.slug), section, views: _sum.views ?? 0 }];
    });
    if (items.length >= limit || counts.length < take) return items.slice(0, limit);
  }
}

/** The most-read list as of `now`: the last 24 hours, or the last 7 days when too few stories were read today. */
export async function readMostRead(now = new Date(), limit = MOST_READ_SIZE): Promise<MostRead> {
  const day = await topStories('24h', now, limit);
  if (day.length >= Math.min(MIN_DAY_ITEMS, limit)) return { window: '24h', items: day };
  return { window: '7d', items: await topStories('7d', now, limit) };
}

/** The cached most-read list that reader pages show. */
export async function getMostRead(): Promise<MostRead> {
  'use cache';
  // Lists: a story that is unpublished or edited leaves or changes in the list with the next publish step.
  cacheTag(cacheTags.mostRead, cacheTags.articleLists);
  cacheLife(mostReadLifetime);
  return readMostRead();
}
