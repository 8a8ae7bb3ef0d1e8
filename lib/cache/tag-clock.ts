// The cache's tag clock for code outside Next's cache calls: the proxy's in-memory tables (redirects, article times)
// and the due timer. An invalidation made anywhere — a server action's updateTag, a timer here, another app instance
// through Redis — is on this clock within milliseconds (lib/cache/handlers/core.mjs).
import { cacheCore } from './handlers/core.mjs';

/**
 * Invalidates `tags` now: cached pages and data showing them render afresh on their next request, on every instance,
 * and the edge cache drops what it holds. Usable outside a request (a timer); server actions use updateTag
 * (lib/publishing/invalidate.ts), which reaches the same clock and also refreshes the editor's own browser.
 */
export const expireTagsNow = (tags: string[]): Promise<void> => (tags.length > 0 ? cacheCore().expireTags(tags) : Promise.resolve());

/** Whether any of `tags` was invalidated after `since` (ms): something loaded at `since` is out of date. */
export const changedSince = (tags: string[], since: number): boolean => cacheCore().tagsExpired(tags, since);

/** Tells every app instance (this one too) of an event, e.g. that a schedule changed. */
export const announce = (type: string): Promise<void> => cacheCore().announce(type);

export const onAnnouncement = (type: string, listener: () => void): void => cacheCore().listen(type, listener);
