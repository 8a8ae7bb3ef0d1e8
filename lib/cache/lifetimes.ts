import { cacheLife } from 'next/cache';

/**
 * Reader pages are cached until a publish step invalidates their tags; the time limits below are only a safety net.
 * `stale` (browser) stays short so a reader who reloads sees news promptly.
 */
export const readerLifetime = { stale: 60, revalidate: 900, expire: 86_400 } as const;

// Next treats a cache entry that expires within 5 minutes as too short-lived for a static shell.
const MIN_EXPIRE_SECONDS = 300;

/**
 * Applies the reader lifetime, ending it at `until` when that comes sooner: a scheduled article must appear at its
 * minute, and a page must not outlive the data it was built from.
 */
export function cacheReaderData(until?: Date | null) {
  if (!until) {
    cacheLife(readerLifetime);
    return;
  }
  const seconds = Math.ceil((until.getTime() - Date.now()) / 1000);
  const expire = Math.min(readerLifetime.expire, Math.max(MIN_EXPIRE_SECONDS, seconds));
  cacheLife({ stale: Math.min(readerLifetime.stale, expire), revalidate: Math.min(readerLifetime.revalidate, expire), expire });
}
