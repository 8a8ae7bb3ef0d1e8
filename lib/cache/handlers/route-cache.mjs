// next.config.js `cacheHandler`: Next's route cache (whole pages, route handlers' responses) in the shared cache core
// (core.mjs), with one rule of our own: a stored page counts as made when its render began, not when it was stored.
//
// Why: a page that was already rendering when an editor published read the database before the change; stored after
// the invalidation, it would otherwise count as newer than the change and be served as fresh until its lifetime
// ended, on every instance. Dated from the lookup that started its render, it is out of date the moment it is stored
// (tests/unit/route-cache-handler.test.ts drives this through lookup → invalidation mid-render → store).
//
// Next makes a handler per request (more than once), so the constructor does nothing and all state lives in the core.
import { createHash } from 'node:crypto';
import { cacheCore } from './core.mjs';
import { decodeFrame, encodeFrame } from './frame.mjs';

const RESPONSE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES']);
const TAGS_HEADER = 'x-next-cache-tags';
/** On a response rendered from data an invalidation had already replaced: no shared cache may keep it. */
export const OUTDATED_HEADER = 'x-dateline-outdated';
const MAX_PENDING = 10_000;
// Renders asked for and not stored yet, by key, with when they were asked for (the earliest, if several).
const renderAskedAt = (globalThis[Symbol.for('dateline.renderAskedAt')] ??= new Map());

const tagsOf = (data) => {
  const header = data?.value?.headers?.[TAGS_HEADER];
  if (typeof header === 'string' && header) return header.split(',');
  return data?.value?.kind === 'FETCH' ? (data.value.tags ?? []) : [];
};

/** Roughly what an entry holds in memory, for the LRU's budget. */
const sizeOf = (value) => {
  if (!value) return 64;
  let bytes = 256 + (value.html?.length ?? 0) + (value.rscData?.length ?? 0) + (value.body?.length ?? 0) + (value.postponed?.length ?? 0);
  if (value.segmentData) for (const [key, buffer] of value.segmentData) bytes += key.length + buffer.length;
  return bytes;
};

/**
 * A stored page's ETag, made once when it is stored rather than for every request: Next's own (generateEtags,
 * turned off in next.config.js) hashes the whole HTML on each hit, 12% of a cached article's cost and more of the
 * homepage's. server.mjs answers If-None-Match with 304 from it.
 */
const etagOf = (html) => `"${createHash('sha1').update(html).digest('base64url').slice(0, 27)}"`;

const pastRevalidate = (data, now) => typeof data.cacheControl?.revalidate === 'number' && data.lastModified + data.cacheControl.revalidate * 1000 < now;

export default class RouteCacheHandler {
  async get(key, ctx) {
    const core = cacheCore();
    const now = Date.now();
    let data = core.memoryGet('r', key) ?? null;
    if (data) core.stats.memoryHits++;
    // Not here, or here but out of date: another instance may have stored a newer one.
    if (core.shared && (!data || core.tagsExpired(tagsOf(data), data.lastModified, now) || pastRevalidate(data, now))) {
      const frame = await core.redisGet('r', key);
      const remote = frame ? decodeFrame(frame) : null;
      if (remote && (!data || remote.lastModified > data.lastModified)) {
        data = remote;
        core.memorySet('r', key, remote, sizeOf(remote.value));
        core.stats.redisHits++;
      }
    }
    // An entry a tag invalidated is never handed to Next: neither served nor stored again as a fallback.
    if (data && data.lastModified !== -1 && core.tagsExpired(tagsOf(data), data.lastModified, now)) data = null;
    if (!data) core.stats.misses++;
    // Kept as bytes from the first hit on: a page's HTML arrives from Next as a string, and sending a string costs its
    // UTF-8 length and encoding on every response (a third of a cached homepage's time at the instance).
    if (data?.value?.kind === 'APP_PAGE' && typeof data.value.html === 'string') data.value.html = Buffer.from(data.value.html);
    if (RESPONSE_KINDS.has(ctx?.kind) && (!data || data.lastModified === -1 || core.tagsStale(tagsOf(data), data.lastModified) || pastRevalidate(data, now))) {
      // Next renders after this lookup, now or in the background.
      if (!renderAskedAt.has(key)) {
        if (renderAskedAt.size >= MAX_PENDING) renderAskedAt.clear();
        renderAskedAt.set(key, now);
      }
    }
    return data;
  }

  async set(key, value, ctx) {
    const core = cacheCore();
    // In place: Next answers the request that rendered the page from this same value, so that response has the ETag too.
    if (value?.kind === 'APP_PAGE' && typeof value.html === 'string') {
      value.headers ??= {};
      value.headers.etag ??= etagOf(value.html);
    }
    const askedAt = renderAskedAt.get(key);
    renderAskedAt.delete(key);
    const cacheControl = ctx?.fetchCache ? undefined : ctx?.cacheControl;
    const now = Date.now();
    const data = { lastModified: Math.min(now, askedAt ?? Infinity) - core.skewMs, value, cacheControl };
    // Out of date already: Next answers the request that rendered it (and any that joined that render) from this value
    // after this call returns, so the response says so, and the edge cache does not store it (OUTDATED_HEADER in
    // deploy/nginx/dateline-edge.conf). Its purge came before this render finished.
    if (RESPONSE_KINDS.has(value?.kind) && core.tagsExpired(tagsOf(data), data.lastModified, now)) {
      (value.headers ??= {})[OUTDATED_HEADER] = '1';
    }
    if (value?.kind === 'FETCH' && ctx?.tags) value.tags = ctx.tags;
    if (process.env.NEXT_PRIVATE_DEBUG_CACHE === '1' && askedAt !== undefined) console.log(`[cache] ${key} dated from ${new Date(askedAt).toISOString()}`);
    core.memorySet('r', key, data, sizeOf(value));
    const ttl = cacheControl?.expire ?? (value?.kind === 'FETCH' ? 31_536_000 : undefined);
    if (core.shared) await core.redisSet('r', key, encodeFrame(data), ttl);
  }

  async revalidateTag(tags, durations) {
    await cacheCore().expireTags(typeof tags === 'string' ? [tags] : tags, durations);
  }

  resetRequestCache() {}
}
