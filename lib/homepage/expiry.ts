// Pin expiries are moments the homepage changes with no one editing: the scheduled-publishing timer
// (lib/publishing/due-timer.ts) fires at them too, and the homepage's cache tag is refreshed then.
import { db } from '@/lib/db/client';

/** When the next homepage pin expires, if any. */
export async function nextPinExpiry(now = new Date()): Promise<Date | null> {
  const pin = await db.homepagePin.findFirst({ where: { expiresAt: { gt: now } }, orderBy: { expiresAt: 'asc' }, select: { expiresAt: true } });
  return pin?.expiresAt ?? null;
}

/** Whether a pin expired after `since` (and by `now`): the cached homepage may still show it. */
export async function pinExpiredSince(since: Date, now = new Date()): Promise<boolean> {
  return (await db.homepagePin.count({ where: { expiresAt: { gt: since, lte: now } } })) > 0;
}
