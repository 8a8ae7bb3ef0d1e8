// next.config.js `cacheHandlers` (default and remote): the data cached by 'use cache' functions, in the shared cache
// core (core.mjs). Next uses this module's default export as it is. An entry's timestamp is Next's own: the moment
// the cached function started, so data computed across an invalidation is already older than it.
import { cacheCore } from './core.mjs';
import { decodeFrame, encodeFrame } from './frame.mjs';

const pendingSets = new Map();
const streamOf = (bytes) =>
  new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const handler = {
  async get(cacheKey) {
    const core = cacheCore();
    await pendingSets.get(cacheKey);
    let record = core.memoryGet('u', cacheKey);
    if (!record && core.shared) {
      const frame = await core.redisGet('u', cacheKey);
      if (frame) {
        record = decodeFrame(frame);
        core.memorySet('u', cacheKey, record, record.value.length + 256);
      }
    }
    if (!record) return undefined;
    const now = Date.now();
    if (now > record.timestamp + record.expire * 1000) return undefined;
    if (core.tagsExpired(record.tags, record.timestamp, now)) return undefined;
    const revalidate = core.tagsStale(record.tags, record.timestamp) ? -1 : record.revalidate;
    return { ...record, revalidate, value: streamOf(record.value) };
  },

  async set(cacheKey, pendingEntry) {
    const core = cacheCore();
    let done;
    pendingSets.set(cacheKey, new Promise((resolve) => (done = resolve)));
    try {
      const entry = await pendingEntry;
      const value = await readAll(entry.value);
      // Data that must not be cached (expire 0) is never served from the cache, as with Next's own handler.
      if (entry.expire === 0) return;
      const record = { tags: entry.tags, stale: entry.stale, timestamp: entry.timestamp - core.skewMs, expire: entry.expire, revalidate: entry.revalidate, value };
      core.memorySet('u', cacheKey, record, value.length + 256);
      if (core.shared) await core.redisSet('u', cacheKey, encodeFrame(record), entry.expire);
    } catch {
      // A failed stream: nothing is stored.
    } finally {
      pendingSets.delete(cacheKey);
      done();
    }
  },

  // Invalidation times reach every process through the core's channel; nothing to fetch per request.
  async refreshTags() {},

  // Implicit tags (a page's path): the latest invalidation; Next discards entries made before it.
  async getExpiration(tags) {
    return cacheCore().lastExpired(tags);
  },

  async updateTags(tags, durations) {
    await cacheCore().expireTags(tags, durations);
  },
};

export default handler;
