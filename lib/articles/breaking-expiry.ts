// Banner expiries are moments every reader page changes with no one editing: the scheduled-publishing timer
// (lib/publishing/due-timer.ts) fires at them too, and the banner's cache tag is refreshed then.
import { db } from '@/lib/db/client';

/** When a breaking-news banner next ends, if one is flagged. */
export async function nextBreakingExpiry(now = new Date()): Promise<Date | null> {
  const next = await db.article.findFirst({ where: { breakingUntil: { gt: now } }, orderBy: { breakingUntil: 'asc' }, select: { breakingUntil: true } });
  return next?.breakingUntil ?? null;
}

/** Whether a banner ended after `since` (and by `now`): cached pages may still show it. */
export async function breakingEndedSince(since: Date, now = new Date()): Promise<boolean> {
  return (await db.article.count({ where: { breakingUntil: { gt: since, lte: now } } })) > 0;
}
