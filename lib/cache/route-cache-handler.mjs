// Next's own route cache (FileSystemCache: memory, then .next/server files), with one change: a cached page counts
// as made when its render began, not when it was stored.
//
// Why: Next decides whether a stored page is out of date by comparing the time it was stored with the times its
// cache tags were invalidated. A page that was already rendering when an editor published (it read the database
// before the change) is stored after the invalidation, so it counts as newer than the change and would be served
// as fresh until its lifetime ended. lib/publishing/follow-up.ts invalidates again 0.3 s and 0.9 s later, which
// catches renders shorter than that; on a loaded server (CI, PostgreSQL) a render can take longer. Dating the entry
// from the lookup that started its render makes such a page out of date at once, whatever the render took.
//
// Loaded by `next start` through next.config.js `cacheHandler` (plain JavaScript: Next imports it unbundled). It
// reaches into two modules of Next's that are not public API, pinned with Next's version in package.json;
// tests/integration/route-cache-handler.test.ts fails if an upgrade changes them.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { areTagsExpired, areTagsStale } from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';

// Node hands a CommonJS module's exports object to a default import; a bundler (Vitest) its `default` export.
const FileSystemCache = typeof fileSystemCache === 'function' ? fileSystemCache : fileSystemCache.default;

const RESPONSE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES']);
const TAGS_HEADER = 'x-next-cache-tags';
// Renders that have been asked for and not stored yet, by cache key. Next makes a handler per request, and the build
// bundles a second copy of this module into the server besides the one `next start` imports, so the map lives on
// globalThis, shared by all. A render that fails leaves its key here; the next render of that page then dates from
// the older lookup, which can only make it count as out of date once more, never as fresh too long. Cleared if it
// ever grows large.
const shared = globalThis;
const renderAskedAt = (shared[Symbol.for('dateline.renderAskedAt')] ??= new Map());
const MAX_PENDING = 10_000;

/** Whether Next will render the page after this lookup: nothing stored, or what is stored is out of date. */
function leadsToRender(data, now) {
  if (!data || data.lastModified === -1 || !data.value) return true;
  const tags = data.value.headers?.[TAGS_HEADER];
  if (typeof tags === 'string' && tags.length > 0) {
    const list = tags.split(',');
    if (areTagsExpired(list, data.lastModified) || areTagsStale(list, data.lastModified)) return true;
  }
  const revalidate = data.cacheControl?.revalidate;
  return typeof revalidate === 'number' && data.lastModified + revalidate * 1000 < now;
}

export default class RouteCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const data = await super.get(key, ctx);
    if (RESPONSE_KINDS.has(ctx?.kind) && !renderAskedAt.has(key) && leadsToRender(data, Date.now())) {
      if (renderAskedAt.size >= MAX_PENDING) renderAskedAt.clear();
      renderAskedAt.set(key, Date.now());
      if (FileSystemCache.debug) console.log('RouteCacheHandler: render asked for', key);
    }
    return data;
  }

  async set(key, data, ctx) {
    const askedAt = renderAskedAt.get(key);
    renderAskedAt.delete(key);
    await super.set(key, data, ctx);
    if (askedAt === undefined) return;
    const stored = FileSystemCache.memoryCache?.get(key);
    if (stored && stored.value === data) {
      stored.lastModified = Math.min(stored.lastModified, askedAt);
      if (FileSystemCache.debug) console.log('RouteCacheHandler: dated from', new Date(askedAt).toISOString(), key);
    }
  }
}
