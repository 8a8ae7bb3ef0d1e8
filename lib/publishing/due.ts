// What changes for readers at a moment nobody edits: scheduled articles fall due, homepage pins and breaking-news
// banners expire. Cached pages already end their lifetime at the next such moment (lib/cache/lifetimes.ts, with
// Next's 5-minute floor for static pages); lib/publishing/due-timer.ts refreshes exactly at the minute, once across
// all instances.
import { db } from '@/lib/db/client';
import { editingSelect, footprintOf, publicPathOf } from '@/lib/articles/editing';
import { breakingEndedSince, nextBreakingExpiry } from '@/lib/articles/breaking-expiry';
import { comingLater } from '@/lib/articles/visibility';
import { cacheTags } from '@/lib/cache/tags';
import { expireTagsNow } from '@/lib/cache/tag-clock';
import { nextPinExpiry, pinExpiredSince } from '@/lib/homepage/expiry';
import { queueIndexNow } from '@/lib/indexnow/submit';
import { claimOnce } from '@/lib/jobs/claim';
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
  // A homepage pin that ran out is due too: the homepage drops it now, not when its cache entry ends.
  if (await pinExpiredSince(new Date(now.getTime() - LOOKBACK_MS), now)) tags.add(cacheTags.home);
  // So is a breaking-news banner that ran out: every page drops it now.
  if (await breakingEndedSince(new Date(now.getTime() - LOOKBACK_MS), now)) tags.add(cacheTags.breaking);
  // A scheduled story going out at an address a deleted story left answering 410 (or redirecting) takes it back.
  const duePaths = due.filter((row) => row.status === 'scheduled').map(publicPathOf);
  if (duePaths.length > 0 && (await db.redirect.deleteMany({ where: { fromPath: { in: duePaths } } })).count > 0) tags.add(cacheTags.redirects);
  await expireTagsNow([...tags]);
  // A scheduled story going out at its minute is a publication too: search engines hear of it once. (Stories
  // published directly were announced by their publish step.)
  const wentOut = due.filter((row) => row.status === 'scheduled');
  // The refresh looks back ten minutes, so a story can be seen going out by more than one refresh (on more than one
  // instance): a claim per story and time makes the announcement once.
  const announce: string[] = [];
  for (const row of wentOut) if (await claimOnce(`indexnow:${row.id}@${row.publishedAt?.toISOString()}`)) announce.push(publicPathOf(row));
  queueIndexNow(announce);
  return { articles: due.length, tags: tags.size };
}

/** When the next scheduled article is due, if any. */
export async function nextDueAt(now = new Date()): Promise<Date | null> {
  const next = await db.article.findFirst({ where: comingLater(now), orderBy: { publishedAt: 'asc' }, select: { publishedAt: true } });
  return next?.publishedAt ?? null;
}

/** When the server must next refresh pages by itself: a scheduled article falls due, a homepage pin or a breaking-news banner expires. */
export async function nextRefreshAt(now = new Date()): Promise<Date | null> {
  const moments = (await Promise.all([nextDueAt(now), nextPinExpiry(now), nextBreakingExpiry(now)])).filter((d): d is Date => d !== null);
  return moments.length > 0 ? new Date(Math.min(...moments.map((d) => d.getTime()))) : null;
}
