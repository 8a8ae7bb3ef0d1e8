// Scheduled articles reach readers at their minute without a cron job or a worker process: cached pages already
// end their lifetime at the next scheduled minute (lib/cache/lifetimes.ts, with Next's 5-minute floor for static
// pages), and the server itself refreshes exactly at the minute (lib/publishing/follow-up.ts calls the route
// that runs `refreshDueArticles`).
import { revalidateTag } from 'next/cache';
import { db } from '@/lib/db/client';
import { editingSelect, footprintOf } from '@/lib/articles/editing';
import { comingLater } from '@/lib/articles/visibility';
import { tagsForChange } from './invalidate';

// Articles that fell due this long ago are refreshed again: covers a timer that fired late or a restart.
const LOOKBACK_MS = 10 * 60 * 1000;

/** Refreshes every page showing an article that became visible in the last few minutes. */
export async function refreshDueArticles(now = new Date()): Promise<{ articles: number; tags: number }> {
  const due = await db.article.findMany({
    where: { status: { in: ['scheduled', 'published'] }, publishedAt: { gt: new Date(now.getTime() - LOOKBACK_MS), lte: now } },
    select: editingSelect,
  });
  const tags = new Set(due.flatMap((row) => tagsForChange(null, footprintOf(row))));
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  return { articles: due.length, tags: tags.size };
}

/** When the next scheduled article is due, if any. */
export async function nextDueAt(now = new Date()): Promise<Date | null> {
  const next = await db.article.findFirst({ where: comingLater(now), orderBy: { publishedAt: 'asc' }, select: { publishedAt: true } });
  return next?.publishedAt ?? null;
}
